// A field of another source: entities have no date.
import KarabakhCorpus

let query = Query.entities.where { $0.date >= Day(2020, 3, 1) }
