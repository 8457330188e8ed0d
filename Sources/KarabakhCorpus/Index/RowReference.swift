/// A mention or quote of a corpus, by place: the article's position in
/// ``Corpus/articles`` and the item's position in that article's list.
struct RowReference: Hashable, Comparable, Sendable {
    /// The article's position in the corpus.
    var article: Int32
    /// The mention's or quote's position in the article.
    var item: Int32

    /// Corpus order: by article, then by place in the article.
    static func < (left: RowReference, right: RowReference) -> Bool {
        (left.article, left.item) < (right.article, right.item)
    }
}
