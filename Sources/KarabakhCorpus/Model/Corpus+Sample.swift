import Foundation

extension Corpus {
    /// The five sample articles bundled with the library (see `Resources/SampleCorpus.md`
    /// for where they come from), read with the default options.
    ///
    /// For example: `Corpus.sample.articles.count` is `5`.
    public static let sample: Corpus = {
        do {
            return try loadSample()
        } catch {
            preconditionFailure("\(error)")
        }
    }()

    /// The folder of the bundled sample articles.
    public static var sampleFolder: URL {
        get throws(CorpusError) {
            guard let url = Bundle.module.url(forResource: "SampleCorpus", withExtension: nil) else {
                throw .sampleMissing
            }
            return url
        }
    }

    /// Reads the bundled sample articles with the given options.
    public static func loadSample(options: IngestOptions = IngestOptions()) throws(CorpusError) -> Corpus {
        let folder = try sampleFolder
        var loader = CorpusLoader(options: options)
        try loader.load(folder, display: "sample")
        return Corpus(articles: loader.articles, diagnostics: loader.diagnostics, extractor: options.extractor)
    }
}
