// A condition that is not a Bool.
import KarabakhCorpus

let query = Query.articles.where { $0.title }
