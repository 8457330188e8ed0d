/// How the evaluator reads the rows of a pipeline's source and its leading `where`
/// stages: from the indexes where they answer the condition, else by reading every
/// row. `:explain` prints it.
///
/// For example, `articles | where mentions("OSCE") and title ~ "talks" | count` reads
/// the OSCE's postings and checks `title ~ "talks"` on those articles only.
struct QueryPlan: Sendable {
    /// Where the rows come from.
    enum Access: Sendable {
        /// Every row of the source, read one by one.
        case scan
        /// Every row of the source, by position, read only as far as needed.
        case all
        /// The articles an index filter gives.
        case articles(IndexFilter)
        /// The mentions (or quotes) of the entities (or speakers) that a condition on
        /// `entity` (or `speaker`) alone keeps: the condition is asked once per entity.
        case entityRows(QueryNode)
    }

    /// A stage right after the covered ones that the access answers itself.
    enum Folded: Hashable, Sendable {
        /// `count`: the number of rows the indexes give, no row read.
        case count
        /// `count by` keys that depend on the entity (or speaker) alone: each
        /// entity's rows counted at once.
        case countByEntity
        /// `rank "words"` over articles: BM25 from the term index's postings.
        case rank
        /// `take n`: rows read only until there are n.
        case take(Int)
    }

    /// The source's kind of row.
    var source: RowType
    /// Where the rows come from.
    var access: Access
    /// What is left to check on each row the access gives, or `nil`.
    var residual: QueryNode?
    /// How many of the pipeline's stages the plan covers (its leading `where`s).
    var coveredStages: Int
    /// The stage after those that the access answers, if any.
    var folded: Folded?
    /// The pattern of a `kwic` right after the covered stages over articles: only the
    /// articles where it occurs are read, for the others give no line.
    var kwicPattern: PhrasePattern?

    /// The number of stages the plan answers, the folded one included, except `take`
    /// which still runs (on rows already cut to its count).
    var stagesUsed: Int {
        switch folded {
        case .count, .countByEntity, .rank: coveredStages + 1
        case .take, nil: coveredStages
        }
    }

    /// Whether the access gives exactly the rows the covered stages keep.
    var isExact: Bool { residual == nil }
}
