// A phrase pattern on a number: `matches` is for text.
import KarabakhCorpus

let query = Query.articles.where { $0.words.matches("peace") }
