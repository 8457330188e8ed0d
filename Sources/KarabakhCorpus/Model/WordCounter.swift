/// Counts words the way the query language's `words` field does: maximal runs of
/// letters and digits, with inner apostrophes and hyphens kept (`Nagorno-Karabakh’s`
/// is one word).
enum WordCounter {
    static func count(in text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWordScalar =
                scalar.isASCII
                ? (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar))
                : (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
            if isWordScalar {
                if !inWord { count += 1 }
                inWord = true
            } else if inWord, scalar == "-" || scalar == "'" || scalar == "\u{2019}" {
                continue
            } else {
                inWord = false
            }
        }
        return count
    }
}
