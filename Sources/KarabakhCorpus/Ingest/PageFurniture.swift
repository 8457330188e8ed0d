/// Lines that scrapers copy from the page around an article rather than from the
/// article: comment forms, share buttons, font-size widgets, view counters.
/// They are never body text, wherever they stand in the file.
enum PageFurniture {
    private static let lines: Set<String> = [
        "please enter your comment!", "please enter your name here", "you have entered an incorrect email address!",
        "facebook comments", "leave a reply", "leave a comment", "leave a reply cancel reply", "post a comment",
        "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
        "tweet", "print", "email", "e-mail", "comments", "no comments", "related", "related articles",
        "related news", "related posts", "advertisement", "advertising", "read more", "read also", "more news",
        "loading...", "subscribe", "whatsapp", "telegram", "linkedin", "pinterest", "reddit", "viber",
        "most read", "most popular", "latest news", "top stories", "next article", "previous article",
        "copy link", "print this article", "font size", "recommended", "you may also like", "also read",
        "see also", "sign up", "log in", "login", "newsletter", "back to top", "scroll to top",
        "(adsbygoogle = window.adsbygoogle || []).push({});", "click to enlarge", "a a a", "a+ a-", "a- a+",
    ]

    /// Whether a cleaned line is page furniture.
    static func contains(_ cleaned: String) -> Bool {
        // Furniture is short; an article's sentences are not.
        guard cleaned.utf8.count <= 64 else { return false }
        let lower = cleaned.lowercased()
        if lines.contains(lower) { return true }
        if isWidget(lower) { return true }
        return isCounter(lower)
    }

    /// `+ ↺ − 16 px`, `A A A`, `16 px`: symbols and size units, no words.
    static func isWidget(_ lower: String) -> Bool {
        guard lower.contains("↺") || lower.hasSuffix(" px") || lower == "px" else { return false }
        let words = lower.split(separator: " ")
        return words.allSatisfy { word in
            word == "px" || word.allSatisfy { !$0.isLetter }
        }
    }

    /// `1234 views`, `Views: 1,234`, `0 comments`.
    private static func isCounter(_ lower: String) -> Bool {
        let words = lower.split(separator: " ").map { $0.trimmingSuffix(while: { ":".contains($0) }) }
        guard words.count == 2 else { return false }
        let units: Set<Substring> = ["views", "view", "comments", "comment", "shares", "likes", "reads"]
        let number = { (word: Substring) in word.allSatisfy { $0.isASCIIDigit || $0 == "," || $0 == "." } }
        return (number(words[0]) && units.contains(words[1])) || (units.contains(words[0]) && number(words[1]))
    }
}
