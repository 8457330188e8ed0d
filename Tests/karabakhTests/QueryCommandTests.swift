import Foundation
import KarabakhTestSupport
import Testing

/// `karabakh query`, `run` and `check` end to end: results on standard output,
/// diagnostics on standard error, exit statuses of SPEC §9.
@Suite("karabakh query, run and check")
struct QueryCommandTests {
    @Test("query prints a scalar plainly, and as a bare JSON value with --format json")
    func scalar() throws {
        let table = try CommandRunner.karabakh(["query", "articles | count"])
        #expect(table.status == 0)
        #expect(table.stdout == "5\n")
        #expect(table.stderr == "")
        let json = try CommandRunner.karabakh(["query", "--format", "json", "articles | count"])
        #expect(json.stdout == "5\n")
    }

    @Test("query writes rows as JSON objects keyed by column, JSON Lines, CSV and Markdown")
    func formats() throws {
        let query = "articles | where date >= 2020-03-01 | sort date | select file, date"
        let json = try CommandRunner.karabakh(["query", "--format", "json", query])
        #expect(
            json.stdout
                == #"[{"file":"002_5c3ad30d49717d23.txt","date":"2020-03-30"},"# + "\n"
                + #"{"file":"000_c4999a362ed9034f.txt","date":"2020-04-29"}]"# + "\n")
        let jsonl = try CommandRunner.karabakh(["query", "--format", "jsonl", query])
        #expect(jsonl.stdout.split(separator: "\n").count == 2)
        let csv = try CommandRunner.karabakh(["query", "--format", "csv", query])
        #expect(
            csv.stdout == "file,date\r\n002_5c3ad30d49717d23.txt,2020-03-30\r\n000_c4999a362ed9034f.txt,2020-04-29\r\n")
        let markdown = try CommandRunner.karabakh(["query", "--format", "markdown", query])
        #expect(
            markdown.stdout.hasPrefix("| file | date |\n| --- | --- |\n| 002_5c3ad30d49717d23.txt | 2020-03-30 |\n"))
    }

    @Test("query --explain prints the plan instead of the result; a bad query still gets its caret")
    func explain() throws {
        let result = try CommandRunner.karabakh([
            "query", "--explain", #"articles | where mentions("Tural Ganjaliyev") and date >= 2020-03 | count"#,
        ])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                articles from the indexes, smallest first:
                  date >= 2020-03  [date order]  ~2 articles
                  mentions("Tural Ganjaliyev")  [entity postings]  ~4 articles
                count from the indexes: no row is read

                """)
        let bad = try CommandRunner.karabakh(["query", "--explain", "articles | where dat > 2020-01-01"])
        #expect(bad.status == 1)
        #expect(bad.stdout == "")
        #expect(bad.stderr.contains("^~~"))
    }

    @Test("a query error is shown with its caret on stderr, with exit status 1")
    func queryError() throws {
        let result = try CommandRunner.karabakh(["query", "articles | where dat > 2020-01-01"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(
            result.stderr == """
                <query>:1:18: error: articles have no field 'dat'
                articles | where dat > 2020-01-01
                                 ^~~
                note: did you mean 'date'?

                """)
    }

    static let script = """
        # Quotes of the head of the community, and the months of the corpus.
        let ganjaliyev = quotes
          | where speaker == "Tural Ganjaliyev"
        ganjaliyev | count; articles | timeline by month
          | select period, count
        """

    @Test("run prints each statement's result in order, from a file and from stdin")
    func runScript() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("report.kq", Self.script)
        let expected = "14\nperiod,count\r\n2020-02,1\r\n2020-03,1\r\n2020-04,1\r\n"
        let fromFile = try CommandRunner.karabakh(["run", "--format", "csv", file.path])
        #expect(fromFile.status == 0)
        #expect(fromFile.stderr == "")
        #expect(fromFile.stdout == expected.replacing("14\n", with: "14\r\n"))
        let fromStdin = try CommandRunner.karabakh(["run", "--format", "json", "-"], stdin: Self.script)
        #expect(fromStdin.status == 0)
        #expect(fromStdin.stdout.hasPrefix("14\n[{\"period\":\"2020-02\",\"count\":1},\n"))
    }

    @Test("run checks the whole file first; --keep-going runs the statements that check")
    func keepGoing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("bad.kq", "articles | count\narticles | where dat > 1\nentities | count\n")
        let strict = try CommandRunner.karabakh(["run", file.path])
        #expect(strict.status == 1)
        #expect(strict.stdout == "")
        #expect(strict.stderr.hasPrefix("\(file.path):2:18: error: articles have no field 'dat'\n"))
        let lenient = try CommandRunner.karabakh(["run", "--keep-going", file.path])
        #expect(lenient.status == 1)
        #expect(lenient.stdout.split(separator: "\n").count == 2)
        #expect(lenient.stdout.hasPrefix("5\n"))
    }

    @Test("check reports errors with exit status 1, and is quiet and 0 when all is well")
    func check() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let good = try folder.write("good.kq", Self.script)
        let bad = try folder.write("bad.kq", "quotes | where speker == \"X\"\n")
        let fine = try CommandRunner.karabakh(["check", good.path])
        #expect(fine.status == 0)
        #expect(fine.stdout == "")
        #expect(fine.stderr == "")
        let broken = try CommandRunner.karabakh(["check", good.path, bad.path])
        #expect(broken.status == 1)
        #expect(broken.stderr.hasPrefix("\(bad.path):1:16: error: quotes have no field 'speker'\n"))
    }

    @Test("run without files is bad usage, with exit status 2")
    func usage() throws {
        let result = try CommandRunner.karabakh(["run"])
        #expect(result.status == 2)
    }
}
