import Dispatch

/// Runs extraction over every article of a corpus, in parallel, and merges the
/// articles' entities into corpus-wide ones with stable ids; the words of each text
/// go into the term index on the way.
struct CorpusExtraction {
    let extractor: Extractor
    /// Told after each batch (``IngestOptions/progress``).
    var progress: (@Sendable (IngestProgress) -> Void)? = nil

    /// Articles extracted on every core at a time: enough to keep the cores busy,
    /// few enough that their tokens never fill the memory of a large corpus.
    static let batchSize = 256

    /// The articles with their mentions and quotes, the corpus's entities, and the
    /// term index of the texts.
    func run(_ articles: [Article]) -> (articles: [Article], entities: [Entity], terms: TermIndex) {
        // Batch after batch is extracted on every core, while the batch before is merged
        // in order on a queue of its own: the merge is the one part that must be serial.
        let state = MergeState(articles)
        let queue = DispatchQueue(label: "KarabakhCorpus.CorpusExtraction.merge")
        // At most two batches wait for the merge, so their tokens never pile up.
        let waiting = DispatchSemaphore(value: 2)
        for batchStart in stride(from: 0, to: articles.count, by: Self.batchSize) {
            let batch = Array(articles[batchStart..<min(articles.count, batchStart + Self.batchSize)])
            let extractions = ParallelMap.map(batch) { article in
                let extraction = extractor.extract(article.text)
                return (extraction, ArticleTerms(tokens: extraction.tokens))
            }
            waiting.wait()
            queue.async { [self] in
                for (offset, (extraction, articleTerms)) in extractions.enumerated() {
                    state.terms.add(articleTerms)
                    merge(
                        extraction, into: &state.output[batchStart + offset], entities: &state.merged,
                        order: &state.order, aliasKeys: &state.aliasKeys)
                }
                waiting.signal()
            }
            progress?(
                IngestProgress(
                    stage: .extracting, done: batchStart + extractions.count, total: articles.count))
        }
        return queue.sync {
            (state.output, state.order.map { state.merged[$0]! }, state.terms.index())
        }
    }

    /// What the merge builds, batch after batch: touched only on the merge queue, and
    /// read after its last batch.
    private final class MergeState: @unchecked Sendable {
        var merged: [String: Entity] = [:]
        var order: [String] = []
        var aliasKeys: [String: Set<String>] = [:]
        var output: [Article]
        var terms = TermIndex.Builder()

        init(_ articles: [Article]) {
            output = articles
        }
    }

    /// Adds one article's extraction: its mentions and quotes to the article, its
    /// entities to the corpus-wide ones.
    private func merge(
        _ extraction: ArticleExtraction, into article: inout Article, entities merged: inout [String: Entity],
        order: inout [String], aliasKeys: inout [String: Set<String>]
    ) {
        let local = extraction.entities
        var mentions: [Mention] = []
        var seen: Set<String> = []
        let sentenceRanges = Self.sentenceRanges(extraction.tokens)
        for found in local.sortedMentions {
            let entity = local.entities[found.entity]
            let start = extraction.tokens[found.tokens.lowerBound].start
            let end = extraction.tokens[found.tokens.upperBound - 1].end
            let surface = String(String.UnicodeScalarView(extraction.scalars[start..<end]))
            if merged[entity.id] == nil {
                var aliases: [String] = []
                if let entry = entity.entry { aliases = extractor.gazetteer.entries[entry].aliases }
                merged[entity.id] = Entity(
                    id: entity.id, name: entity.name, kind: entity.kind, aliases: aliases,
                    roles: entity.entry.map { extractor.gazetteer.entries[$0].roles } ?? [])
                aliasKeys[entity.id] = Set(([entity.name] + aliases).map { Gazetteer.key($0) })
                order.append(entity.id)
            }
            if !found.isReference, aliasKeys[entity.id]!.insert(Gazetteer.key(surface)).inserted {
                merged[entity.id]!.aliases.append(surface)
            }
            merged[entity.id]!.mentions += 1
            if seen.insert(entity.id).inserted { merged[entity.id]!.articles += 1 }
            let sentence = sentenceRanges[extraction.tokens[found.tokens.lowerBound].sentence]
            mentions.append(
                Mention(
                    entityID: entity.id, articleID: article.id, surface: surface, start: start,
                    end: end, sentenceRange: sentence))
        }
        for entity in local.entities {
            for role in entity.roles where !(merged[entity.id]?.roles.contains(role) ?? true) {
                merged[entity.id]!.roles.append(role)
            }
        }
        article.mentions = mentions
        article.quotes = extraction.quotes.map { found in
            let text = String(String.UnicodeScalarView(extraction.scalars[found.span.start..<found.span.end]))
            return Quote(
                text: text, speakerID: found.speaker.map { local.entities[$0].id },
                articleID: article.id,
                verb: found.verb,
                kind: found.kind,
                start: found.span.start, end: found.span.end)
        }
    }

    /// The scalar range of each sentence, by sentence index.
    private static func sentenceRanges(_ tokens: [Token]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for token in tokens {
            if token.sentence == ranges.count {
                ranges.append(token.start..<token.end)
            } else {
                ranges[token.sentence] = ranges[token.sentence].lowerBound..<token.end
            }
        }
        return ranges
    }
}

/// `map` over an array on every core, keeping the order.
enum ParallelMap {
    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        guard elements.count > 1 else { return elements.map(transform) }
        let results = ResultBuffer<Result>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            results.set(index, transform(elements[index]))
        }
        return results.values
    }

    /// Slots written once each from many threads, read after all writes end.
    private final class ResultBuffer<Value>: @unchecked Sendable {
        private let slots: UnsafeMutablePointer<Value?>
        private let count: Int

        init(count: Int) {
            self.count = count
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil, count: count)
        }

        deinit {
            slots.deinitialize(count: count)
            slots.deallocate()
        }

        /// Writes slot `index`; each slot is written by one thread only.
        func set(_ index: Int, _ value: Value) {
            slots[index] = value
        }

        var values: [Value] { (0..<count).map { slots[$0]! } }
    }
}
