import Foundation
import PorticoCommandLine
import PorticoCLI

// portico: the build tool. All logic lives in PorticoCLI and the libraries below it.
let output = CommandOutput(echo: true, environment: ProcessInfo.processInfo.environment)
let code = PorticoApp.run(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment, output: output)
exit(code.rawValue)
