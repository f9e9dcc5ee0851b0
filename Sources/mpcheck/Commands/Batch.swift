import ArgumentParser
import Foundation

/// `mpcheck batch PATH...`: review many bundles in parallel and write one row per bundle.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Review many bundles in parallel: archives, project folders, or folders holding them.",
        discussion: """
            Every bundle gets a row, also one that cannot be read (with its error); the batch never stops early.
            Each bundle is reviewed in a worker process, so a bundle whose review crashes or overruns --timeout
            gets an error row and costs the batch nothing else.
            Exit codes: 0 all passed, 1 any rejected, 2 any bundle could not be read (or usage error).
            """
    )

    @Argument(help: "Archives (zip, tar, tar.gz, 7z, wxapkg...), project folders, or folders holding them.")
    var paths: [String] = []

    @OptionGroup var options: BatchOptions

    func validate() throws {
        if paths.isEmpty && options.list == nil {
            throw ValidationError("give at least one PATH or --list FILE")
        }
    }

    func run() throws {
        let listed = try options.list.map(BatchInputs.read(list:)) ?? []
        let bundles = BatchInputs.expand(paths + listed)
        // An empty batch is almost always a wrong path; passing it silently would hide that.
        guard !bundles.isEmpty else {
            throw ValidationError("no bundles found in \((paths + listed).joined(separator: ", "))")
        }
        let runner = BatchRunner(
            bundles: bundles,
            jobs: options.jobCount,
            limits: options.limits,
            timeout: .milliseconds(Int64(options.timeout * 1000)),
            output: BatchOutput(format: options.format, language: options.lang, destination: options.output),
            showsProgress: !options.quiet && ProgressBar.isTerminal
        )
        let totals = try runner.run()
        if !options.quiet {
            let line =
                "mpcheck: \(totals.done) bundles: \(totals.done - totals.rejects - totals.errors) passed, "
                + "\(totals.rejects) rejected, \(totals.errors) could not be read\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
        if totals.errors > 0 {
            throw ExitCode(ExitStatus.error)
        }
        if totals.rejects > 0 {
            throw ExitCode(ExitStatus.reject)
        }
    }
}
