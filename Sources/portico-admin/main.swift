import Foundation
import PorticoCommandLine
import PorticoAdmin

// portico-admin: the staff console. All logic lives in PorticoAdmin.
let output = CommandOutput(echo: true, environment: ProcessInfo.processInfo.environment)
let code = AdminApp.run(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment, output: output)
exit(code.rawValue)
