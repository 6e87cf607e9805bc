import Foundation

/// One SDK a configuration file asks for: which spec, where to, and what to keep.
package struct GenerationJob: Sendable, Hashable {
    package var specPath: String
    package var outputPath: String
    package var options: GeneratorOptions

    package init(specPath: String, outputPath: String, options: GeneratorOptions) {
        self.specPath = specPath
        self.outputPath = outputPath
        self.options = options
    }
}
