/// The terms of one article's text with their word positions: what the article adds
/// to the ``TermIndex``. Computed on every core while articles are read.
struct ArticleTerms: Sendable {
    /// The distinct term keys, in order of first occurrence.
    var keys: [String] = []
    /// The word positions of each key, ascending.
    var positions: [[Int32]] = []
    /// The number of words in the text.
    var length = 0

    /// The terms of a tokenised text: its word and number tokens, by key (lower case,
    /// apostrophes and dashes unified), the way phrase patterns compare them.
    init(tokens: [Token]) {
        var slots: [String: Int] = [:]
        slots.reserveCapacity(tokens.count / 2)
        var position: Int32 = 0
        for token in tokens where token.kind == .word || token.kind == .number {
            if let slot = slots[token.key] {
                positions[slot].append(position)
            } else {
                slots[token.key] = keys.count
                keys.append(token.key)
                positions.append([position])
            }
            position += 1
        }
        length = Int(position)
    }

    /// The terms of a text, tokenised here.
    init(text: String) {
        self.init(tokens: Tokenizer.tokens(of: text))
    }
}
