import Foundation
import GRDB
import KarabakhCorpus

extension StoreError {
    /// `PATH: error: not a saved corpus: WHY`.
    static func notACorpus(_ path: String, _ why: String) -> StoreError {
        StoreError(path: path, reason: "not a saved corpus: \(why)")
    }

    /// `PATH: error: damaged saved corpus: WHAT`: the file is ours but does not read back.
    static func damaged(_ path: String, _ what: String) -> StoreError {
        StoreError(path: path, reason: "damaged saved corpus: \(what)")
    }

    /// `PATH: error: cannot write: WHY`.
    static func cannotWrite(_ path: String, _ why: String) -> StoreError {
        StoreError(path: path, reason: "cannot write: \(why)")
    }

    /// Runs `body`, turning whatever it throws into a `StoreError` about `path`:
    /// SQLite's errors while reading say the file is damaged, while writing that it
    /// cannot be written.
    static func converting<Value>(_ path: String, writing: Bool = false, _ body: () throws -> Value)
        throws(StoreError) -> Value
    {
        do {
            return try body()
        } catch {
            throw StoreError(error, path: path, writing: writing)
        }
    }

    /// The store error for any error met reading or writing the file at `path`.
    init(_ error: any Error, path: String, writing: Bool) {
        switch error {
        case let error as StoreError:
            self = error
        case let error as DatabaseError:
            let message = error.message ?? "\(error.resultCode)"
            if writing {
                self = .cannotWrite(path, message)
            } else if error.resultCode == .SQLITE_NOTADB {
                self = .notACorpus(path, "not an SQLite database")
            } else {
                self = .damaged(path, message)
            }
        case let error as CorpusError:
            switch error {
            case .inconsistent(let why): self = .damaged(path, why)
            default: self = StoreError(path: path, reason: error.description)
            }
        default:
            let reason = (error as NSError).localizedDescription
            self = writing ? .cannotWrite(path, reason) : StoreError(path: path, reason: reason)
        }
    }
}
