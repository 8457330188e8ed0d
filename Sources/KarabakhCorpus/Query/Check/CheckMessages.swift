/// The messages of the type checker, in one place: lower-case, names in quotes.
enum CheckMessages {
    static func unknownSource(_ name: String) -> String { "no source or binding named '\(name)'" }
    static func unknownField(_ name: String, of row: RowType) -> String { "\(row.plural) have no field '\(name)'" }
    static func noFields(_ name: String, of type: QueryType) -> String { "a \(type) has no field '\(name)'" }
    static func unknownFunction(_ name: String) -> String { "no function named '\(name)'" }
    static func unknownStage(_ name: String) -> String { "no stage named '\(name)'" }
    static func stageArity(_ stage: QueryStageDefinition, _ count: Int) -> String {
        "'\(stage.name)' takes \(stage.parameters.count) argument\(stage.parameters.count == 1 ? "" : "s"), not \(count)"
    }
    static func stageArgument(_ index: Int, of stage: QueryStageDefinition, expected: ParameterType, found: QueryType)
        -> String
    {
        "argument \(index + 1) of '\(stage.name)' must be \(expected), not \(found)"
    }
    static func stageInput(_ name: String, _ rows: RowType) -> String { "'\(name)' cannot take \(rows.plural)" }
    static func arity(_ function: QueryFunction, _ count: Int) -> String {
        "'\(function.name)' takes \(function.parameters.count) argument\(function.parameters.count == 1 ? "" : "s"), not \(count)"
    }
    static func argument(_ index: Int, of function: QueryFunction, expected: ParameterType, found: QueryType)
        -> String
    {
        "argument \(index + 1) of '\(function.name)' must be \(expected), not \(found)"
    }
    static func needsArticle(_ name: String) -> String {
        "'\(name)' needs a current article: use it inside 'where' or 'select'"
    }
    static func notBool(_ type: QueryType, context: String) -> String { "\(context) needs a Bool, not \(type)" }
    static func compare(_ op: BinaryOperator, _ left: QueryType, _ right: QueryType) -> String {
        "cannot compare \(left) with \(right) using '\(op.symbol)'"
    }
    static func pattern(_ op: BinaryOperator, _ type: QueryType) -> String {
        "'\(op.symbol)' matches a phrase pattern against a String or Text, not \(type)"
    }
    static func patternLiteral(_ op: BinaryOperator) -> String {
        "the right side of '\(op.symbol)' must be a string pattern"
    }
    static func membership(_ type: QueryType) -> String {
        "'in' needs a list, a query, a month or a range on its right, not \(type)"
    }
    static func rangeOutsideIn() -> String { "a range 'a..b' can only stand after 'in'" }
    static func stageOnScalar(_ stage: String, _ type: QueryType) -> String {
        "'\(stage)' needs rows, but the query before it gives \(type)"
    }
    static func needsText(_ stage: String, _ row: RowType) -> String {
        "'\(stage)' needs rows with text, not \(row.plural)"
    }
    static func needsDate(_ row: RowType) -> String { "'timeline' needs rows with a date, not \(row.plural)" }
    static func notSortable(_ type: QueryType) -> String { "cannot sort by \(type)" }
    static func negative(_ stage: String) -> String { "'\(stage)' needs a number of 0 or more" }
    static func emptyPattern() -> String { "the pattern has no words" }
    static func noSuchEntity(_ kind: EntityKind, _ name: String) -> String {
        "the corpus has no \(kind) named '\(name)'"
    }
    static func duplicateColumn(_ name: String) -> String { "two columns are named '\(name)': add 'as NAME'" }
    static func notAList(_ type: QueryType) -> String { "a query used as a list must give one column, not \(type)" }
    static func didYouMean(_ name: String) -> String { "did you mean '\(name)'?" }
    static func dateHint() -> String { "write dates as 2020-03-30, or a month as 2020-03, without quotes" }
    static func kindHint() -> String { "write kinds without quotes: person, organization, place" }
}
