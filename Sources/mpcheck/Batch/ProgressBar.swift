import Foundation

/// The batch progress line on standard error: done/total, a bar, bundles per second, time left and
/// rejects so far. Redrawn in place with a carriage return; only used on a terminal.
struct ProgressBar {
    let total: Int
    let start = ContinuousClock.now
    /// Characters in the bar itself.
    static let width = 24

    /// Whether standard error is a terminal.
    static var isTerminal: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    func line(done: Int, rejects: Int, errors: Int) -> String {
        let fraction = total == 0 ? 1 : Double(done) / Double(total)
        let filled = min(Self.width, Int(fraction * Double(Self.width)))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: Self.width - filled)
        let elapsed = start.duration(to: .now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = seconds > 0 ? Double(done) / seconds : 0
        let eta = rate > 0 ? Self.clock(Double(total - done) / rate) : "--:--"
        var text = "\(bar) \(done)/\(total)  \(String(format: "%.1f", rate))/s  ETA \(eta)  reject \(rejects)"
        if errors > 0 {
            text += "  error \(errors)"
        }
        return text
    }

    func draw(done: Int, rejects: Int, errors: Int) {
        // Clear to the end of the line: the new text may be shorter than the old.
        FileHandle.standardError.write(Data("\r\(line(done: done, rejects: rejects, errors: errors))\u{1B}[K".utf8))
    }

    func finish(done: Int, rejects: Int, errors: Int) {
        draw(done: done, rejects: rejects, errors: errors)
        FileHandle.standardError.write(Data("\n".utf8))
    }

    /// `m:ss`, or `h:mm:ss` past an hour.
    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(twoDigits(minutes)):\(twoDigits(rest))" : "\(minutes):\(twoDigits(rest))"
    }
}
