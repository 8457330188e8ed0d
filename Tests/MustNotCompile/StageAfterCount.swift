// A stage on a count: `count()` gives a number, which has no rows to take.
import KarabakhCorpus

let query = Query.articles.count().prefix(3)
