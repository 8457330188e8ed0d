import Foundation
import KarabakhTestSupport
import Testing

@testable import KarabakhCorpus

/// The gazetteer format, users' own entries, and the bundled gazetteer.
@Suite("Gazetteer")
struct GazetteerTests {
    @Test("a gazetteer file gives entries with kinds, aliases and roles")
    func format() throws {
        let gazetteer = try Gazetteer().adding(
            text: """
                # People first.
                [person]
                Nikol Pashinyan | Pashinyan   # the prime minister
                Tural Ganjaliyev :: Head of the Azerbaijani Community of Nagorno-Karabakh; MP
                [place]
                Khankendi | Khankandi | Stepanakert
                """)
        #expect(
            gazetteer.entries == [
                GazetteerEntry(kind: .person, name: "Nikol Pashinyan", aliases: ["Pashinyan"]),
                GazetteerEntry(
                    kind: .person, name: "Tural Ganjaliyev",
                    roles: ["Head of the Azerbaijani Community of Nagorno-Karabakh", "MP"]),
                GazetteerEntry(kind: .place, name: "Khankendi", aliases: ["Khankandi", "Stepanakert"]),
            ])
        #expect(gazetteer.entry(named: "stepanakert")?.name == "Khankendi")
    }

    @Test("a user's entry replaces the bundled one of the same name and takes its aliases")
    func override() throws {
        let gazetteer = try Gazetteer.standard.adding(
            text: """
                [place]
                Khankendi | Stepanakert | Xankendi
                [organization]
                Blue Lantern Collective
                """)
        let entry = try #require(gazetteer.entry(named: "Stepanakert"))
        #expect(entry.aliases == ["Stepanakert", "Xankendi"])
        #expect(gazetteer.entry(named: "Blue Lantern Collective")?.kind == .organization)
        #expect(gazetteer.entries.count == Gazetteer.standard.entries.count + 1)
    }

    @Test(
        "bad lines are errors naming the file and line",
        arguments: [
            (
                "[persons]\nJane Doe",
                "mine.txt:1: error: unknown section '[persons]': expected [person], [organization] or [place]; did you mean '[person]'?"
            ),
            ("Jane Doe", "mine.txt:1: error: entry before any section: start with [person], [organization] or [place]"),
            ("[person]\n\n :: Minister", "mine.txt:3: error: an entry needs a name before '|' or '::'"),
            ("[person]\nJane Doe :: a :: b", "mine.txt:2: error: more than one '::' on a line"),
        ])
    func errors(_ text: String, _ message: String) {
        #expect(throws: GazetteerError.self) { try Gazetteer().adding(text: text, file: "mine.txt") }
        do {
            _ = try Gazetteer().adding(text: text, file: "mine.txt")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("a missing gazetteer file is an error naming it")
    func missingFile() {
        do {
            _ = try Gazetteer().adding(contentsOf: URL(fileURLWithPath: "/no/such/gazetteer.txt"))
            Issue.record("no error")
        } catch {
            #expect(error.description == "/no/such/gazetteer.txt: error: no such file")
        }
    }

    @Test("a gazetteer that is a pipe, a folder, too large or not UTF-8 is an error naming it, not a wait")
    func unreadableFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fifo = folder.url("names.fifo").path
        try #require(mkfifo(fifo, 0o600) == 0)
        try folder.write("latin1.txt", bytes: Array("person: Caf".utf8) + [0xE9])
        try folder.write("big.txt", bytes: [UInt8](repeating: 0x0A, count: Gazetteer.fileLimit + 1))
        let cases = [
            (fifo, "\(fifo): error: not a regular file (a device, pipe or socket)"),
            (folder.path, "\(folder.path): error: not a regular file (a folder)"),
            (
                folder.url("latin1.txt").path,
                "\(folder.url("latin1.txt").path): error: cannot read the file as UTF-8 text"
            ),
            (
                folder.url("big.txt").path,
                "\(folder.url("big.txt").path): error: 67,108,865 bytes is over the size limit of 67,108,864 bytes"
            ),
        ]
        for (path, message) in cases {
            do {
                _ = try Gazetteer().adding(contentsOf: URL(fileURLWithPath: path))
                Issue.record("no error for \(path)")
            } catch {
                #expect(error.description == message)
            }
        }
    }

    @Test("the bundled gazetteer reads without error and covers the conflict's people, bodies and places")
    func bundled() throws {
        let url = try #require(Gazetteer.standardFileURL)
        let text = try String(contentsOf: url, encoding: .utf8)
        let gazetteer = try Gazetteer().adding(text: text, file: "Gazetteer.txt")
        #expect(gazetteer.entries.count >= 400)
        for kind in EntityKind.allCases {
            #expect(gazetteer.entries.filter { $0.kind == kind }.count >= 100)
        }
        let pairs = [
            ("Stepanakert", "Khankendi"), ("Xankəndi", "Khankendi"), ("Shushi", "Shusha"),
            ("Artsakh", "Nagorno-Karabakh"),
            ("Nagorno Karabakh", "Nagorno-Karabakh"), ("Minsk Group", "OSCE Minsk Group"),
            ("Pashinyan", "Nikol Pashinyan"),
        ]
        for (alias, name) in pairs {
            #expect(gazetteer.entry(named: alias)?.name == name, "\(alias)")
        }
    }
}
