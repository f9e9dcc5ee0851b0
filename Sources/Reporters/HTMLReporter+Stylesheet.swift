extension HTMLReporter {
    /// The page's only style sheet, inline. System fonts, with CJK fallbacks for Chinese text.
    static let stylesheet = """
        :root { --reject: #c62828; --warning: #b26a00; --info: #1565c0; --pass: #2e7d32; --line: #e0e0e0; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #f6f7f9; color: #1f2328; line-height: 1.55;
          font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC",
            "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
        code, pre { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", "Noto Sans Mono CJK SC",
          Menlo, Consolas, monospace; }
        .banner { padding: 24px 32px; color: #fff; }
        .banner p { margin: 0; }
        .verdict-reject { background: var(--reject); }
        .verdict-pass { background: var(--pass); }
        .verdict-label { font-size: 14px; opacity: .85; text-transform: uppercase; letter-spacing: .08em; }
        .verdict-word { font-size: 34px; font-weight: 700; }
        .counts { font-size: 16px; margin-top: 4px !important; }
        .bundle { font-size: 13px; opacity: .85; margin-top: 6px !important; word-break: break-all; }
        .bundle code { color: inherit; }
        main, .metadata { max-width: 980px; margin: 0 auto; padding: 0 24px; }
        h2 { font-size: 20px; margin: 28px 0 12px; }
        h2 .count { display: inline-block; min-width: 24px; padding: 0 8px; border-radius: 12px;
          background: #dfe3e8; font-size: 13px; text-align: center; vertical-align: middle; }
        .metadata-body { display: flex; gap: 20px; align-items: flex-start; background: #fff;
          border: 1px solid var(--line); border-radius: 8px; padding: 16px; }
        .icon { width: 72px; height: 72px; border-radius: 50%; object-fit: cover; border: 1px solid var(--line);
          flex: none; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 6px 16px; margin: 0; }
        dt { color: #57606a; }
        dd { margin: 0; word-break: break-word; }
        .source { font-size: 12px; color: #57606a; background: #eef1f4; border-radius: 4px; padding: 0 6px;
          margin-left: 6px; }
        .missing { color: #8c959f; }
        .finding { background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--info);
          border-radius: 8px; padding: 14px 18px; margin: 0 0 14px; }
        .finding.severity-reject { border-left-color: var(--reject); }
        .finding.severity-warning { border-left-color: var(--warning); }
        .finding > header { display: flex; flex-wrap: wrap; gap: 8px; align-items: baseline; }
        .badge { color: #fff; border-radius: 4px; padding: 1px 8px; font-size: 13px; font-weight: 600; }
        .badge.reject { background: var(--reject); }
        .badge.warning { background: var(--warning); }
        .badge.info { background: var(--info); }
        .rule { font-size: 13px; background: #eef1f4; border-radius: 4px; padding: 1px 6px; }
        .title { font-weight: 600; }
        .location { margin-left: auto; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 13px;
          color: #57606a; word-break: break-all; }
        .message { margin: 10px 0; font-size: 16px; }
        .snippet { background: #f6f8fa; border: 1px solid var(--line); border-radius: 6px; padding: 8px 0;
          overflow-x: auto; font-size: 13px; line-height: 1.6; margin: 10px 0; }
        .snippet .line { display: inline-block; min-width: 100%; padding: 0 12px 0 0; white-space: pre; }
        .snippet .line.hit { background: #fff4e5; }
        .snippet .number { display: inline-block; width: 3.5em; padding-right: 12px; margin-right: 12px;
          text-align: right; color: #8c959f; border-right: 1px solid var(--line); user-select: none; }
        mark { background: #ffd54f; color: inherit; border-radius: 2px; padding: 0 1px;
          box-shadow: 0 0 0 1px #f9a825 inset; }
        .field-value, .evidence { background: #f6f8fa; border: 1px solid var(--line); border-radius: 6px;
          padding: 8px 12px; margin: 10px 0; }
        .field { color: #57606a; margin-right: 8px; }
        .clause { margin: 10px 0; padding: 8px 14px; border-left: 4px solid #d0d7de; background: #fafbfc;
          color: #424a53; }
        .clause p { margin: 2px 0; }
        .clause-source { font-size: 13px; font-weight: 600; color: #57606a; }
        .fix { margin: 8px 0 0; }
        .no-findings { font-size: 18px; color: var(--pass); background: #fff; border: 1px solid var(--line);
          border-radius: 8px; padding: 16px; }
        footer { max-width: 980px; margin: 24px auto; padding: 0 24px 24px; color: #8c959f; font-size: 12px; }

        """
}
