// A date compared with a string: dates are written Day(2020, 3, 1).
import KarabakhCorpus

let query = Query.articles.where { $0.date >= "2020-03-01" }
