import Foundation
import KarabakhTestSupport
import Testing

/// The `karabakh` executable end to end: standard output, standard error and exit
/// status (SPEC §9).
@Suite("karabakh command")
struct CLITests {
    @Test("info on the sample corpus prints counts, dates and sources")
    func infoOnSample() throws {
        let result = try CommandRunner.karabakh(["info"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let expected = """
            articles  5
            words     2,104
            dates     2020-02-14 to 2020-04-29 (2 undated)
            sources   AzerNews 3, (none) 2
            skipped   0

            """
        #expect(result.stdout == expected, "\(TextDiff(expected: expected, actual: result.stdout))")
    }

    @Test("export --format jsonl writes one object per article with the fields of §10 in order")
    func exportJSONLines() throws {
        let result = try CommandRunner.karabakh(["export", "--format", "jsonl"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 5)
        let first = try #require(lines.first)
        #expect(
            first.hasPrefix(
                #"{"file":"000_c4999a362ed9034f.txt","id":"000_c4999a362ed9034f","title":null,"date":"2020-04-29","authors":["Akbar Mammadov"],"source":"AzerNews","dateline":null,"url":null,"text":"Head of Nagorno-Karabakh’s"#
            ))
        #expect(first.contains(#"organized soon.","entities":[{"name":"#))
        let article = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        let entities = try #require(article["entities"] as? [[String: Any]])
        let ganjaliyev = try #require(entities.first { $0["name"] as? String == "Tural Ganjaliyev" })
        #expect(ganjaliyev["kind"] as? String == "person")
        let mentions = try #require(ganjaliyev["mentions"] as? [[String: Any]])
        #expect(mentions.first?["surface"] as? String == "Tural Ganjaliyev")
        #expect(mentions.first?["start"] as? Int == 49)
        #expect(mentions.first?["end"] as? Int == 65)
        let quotes = try #require(article["quotes"] as? [[String: Any]])
        #expect(quotes.count >= 5)
        #expect(Set(quotes.first?.keys.map { $0 } ?? []) == ["text", "speaker", "verb", "kind", "start", "end"])
        #expect(quotes.first?["speaker"] as? String == "Tural Ganjaliyev")
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(
                Set(object.keys) == [
                    "file", "id", "title", "date", "authors", "source", "dateline", "url", "text", "entities", "quotes",
                ])
        }
    }

    @Test("export --format json writes one array, and csv a header and a record per article")
    func exportJSONAndCSV() throws {
        let json = try CommandRunner.karabakh(["export", "--format", "json"])
        #expect(json.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(array.compactMap { $0["file"] as? String }.count == 5)
        #expect(
            array[2]["title"] as? String
                == "Head of Karabakh’s Azerbaijani community receives death threats from Armenians")

        let csv = try CommandRunner.karabakh(["export", "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("file,id,title,date,authors,source,dateline,url,text,entities,quotes\r\n"))
        #expect(
            csv.stdout.contains(
                "\r\n001_2fef7283c8922ff9.txt,001_2fef7283c8922ff9,,2020-02-14,Abdul Kerimkhanov,AzerNews,,,\"Azerbaijani community"
            ))
    }

    @Test("a folder with bad files exports the good articles, names each bad file on stderr, and exits 0")
    func badFilesAreNamed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("good.txt", "By Jane Doe\n\nThe talks resumed in Vienna.\n")
        try folder.write("scan.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        try folder.write("empty.txt", "")
        try folder.write(
            "feed.jsonl", "{\"text\": \"First.\"}\n{\"text\": \"Second\n{\"text\": \"Third.\", \"title\": \"Three\"}\n")

        let run = try CommandRunner.karabakh(["export", "--format", "jsonl", "--corpus", folder.path])
        #expect(run.status == 0)
        let files = run.stdout.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["file"] as? String
        }
        #expect(files == ["feed.jsonl:1", "feed.jsonl:3", "good.txt"])
        #expect(run.stderr.contains("\(folder.path)/empty.txt: warning: skipped: empty file\n"))
        #expect(run.stderr.contains("\(folder.path)/feed.jsonl:2: warning: skipped: not valid JSON"))
        #expect(run.stderr.contains("\(folder.path)/scan.txt: warning: skipped: binary file\n"))
        #expect(run.stderr.hasSuffix("ingested 3 articles, skipped 3: 1 empty file, 1 bad JSON line, 1 binary file\n"))
    }

    @Test("--corpus is repeatable and $KARABAKH_CORPUS is the default")
    func corpusSelection() throws {
        let one = try TemporaryFolder()
        let two = try TemporaryFolder()
        defer {
            one.remove()
            two.remove()
        }
        try one.write("a.txt", "The first article.\n")
        try two.write("b.txt", "The second article.\n")
        let both = try CommandRunner.karabakh(["info", "--corpus", one.path, "--corpus", two.path])
        #expect(both.status == 0)
        #expect(both.stdout.hasPrefix("articles  2\n"))
        let fromEnvironment = try CommandRunner.karabakh(["info"], environment: ["KARABAKH_CORPUS": one.path])
        #expect(fromEnvironment.stdout.hasPrefix("articles  1\n"))
        let flagWins = try CommandRunner.karabakh(
            ["info", "--corpus", two.path], environment: ["KARABAKH_CORPUS": "/no/such/place"])
        #expect(flagWins.status == 0)
        #expect(flagWins.stdout.hasPrefix("articles  1\n"))
    }

    @Test("a corpus path that does not exist is an error with exit status 1")
    func missingCorpus() throws {
        let result = try CommandRunner.karabakh(["info", "--corpus", "/no/such/place"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "error: /no/such/place: no such file or folder\n")
    }

    @Test(
        "bad usage exits with status 2 and a message on stderr",
        arguments: [
            ["export", "--format", "xml"],
            ["info", "--no-such-flag"],
            ["no-such-command"],
        ])
    func badUsage(_ arguments: [String]) throws {
        let result = try CommandRunner.karabakh(arguments)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("Error:") || result.stderr.contains("error:"))
    }
}

/// `--gazetteer`: users' own entries.
@Suite("karabakh --gazetteer")
struct GazetteerOptionTests {
    @Test("a user's gazetteer adds names the extractor then finds")
    func addsEntries() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("corpus/a.txt", "Blue Lantern published the report on Monday.\n")
        try folder.write("mine.txt", "[organization]\nBlue Lantern\n")
        let result = try CommandRunner.karabakh([
            "export", "--corpus", folder.url("corpus").path, "--gazetteer", folder.url("mine.txt").path,
        ])
        #expect(result.status == 0)
        #expect(result.stdout.contains(#""entities":[{"name":"Blue Lantern","kind":"organization""#))
    }

    @Test("a bad gazetteer line is an error with its file and line, and exit status 1")
    func badLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("mine.txt", "[people]\nBlue Lantern\n")
        let path = folder.url("mine.txt").path
        let result = try CommandRunner.karabakh(["info", "--gazetteer", path])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "\(path):1: error: unknown section '[people]': expected [person], [organization] or [place]\n")
    }
}
