// A kind compared with a string: kinds are .person, .organization, .place.
import KarabakhCorpus

let query = Query.entities.where { $0.kind == "person" }
