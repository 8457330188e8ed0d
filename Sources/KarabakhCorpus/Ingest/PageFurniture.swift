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
        "facebook", "twitter", "instagram", "youtube", "vkontakte", "odnoklassniki", "reuse this content",
    ]

    /// The social networks share buttons name.
    private static let networks: Set<String> = [
        "facebook", "twitter", "x", "telegram", "whatsapp", "linkedin", "pinterest", "reddit", "viber", "vk",
        "email", "e-mail", "messenger", "instagram",
    ]

    /// Headings of the lists of links a page puts after an article.
    private static let listHeadings: Set<String> = [
        "related", "related articles", "related news", "related posts", "related stories", "related topics",
        "read more", "read also", "also read", "see also", "more news", "more stories", "more on this story",
        "more on this topic", "more on these topics", "explore more on these topics", "recommended",
        "you may also like", "you might also like", "most read", "most popular", "latest news", "topics",
        "trending", "editor's picks", "don't miss",
    ]

    /// Whether a cleaned line is page furniture.
    static func contains(_ cleaned: String) -> Bool {
        // Furniture is short; an article's sentences are not.
        guard cleaned.utf8.count <= 64 else { return false }
        let lower = cleaned.lowercased()
        if lines.contains(lower) { return true }
        if isWidget(lower) { return true }
        return isCounter(lower) || isShareRow(lower)
    }

    /// Whether a cleaned line heads a list of links to other articles: `Related articles`,
    /// `Read more:`, `Explore more on these topics`.
    static func isListHeading(_ cleaned: String) -> Bool {
        let lower = Substring(LineText.key(cleaned)).trimmingSuffix(while: { ":.".contains($0) })
        return listHeadings.contains(String(lower))
    }

    /// A row of share buttons: `Share on Facebook Share on X Share on LinkedIn`.
    private static func isShareRow(_ lower: String) -> Bool {
        let words = lower.split(separator: " ").map { LineText.bare($0) }.filter { !$0.isEmpty }
        guard words.contains("share"), words.count >= 3 else { return false }
        return words.allSatisfy { ["share", "on", "via", "to"].contains($0) || networks.contains(String($0)) }
    }

    /// A section label: one capitalised word alone on its line, such as `Politics`,
    /// `SOCIETY` or `World`, as a page prints it above a headline.
    static func isSectionLabel(_ cleaned: String) -> Bool {
        guard !cleaned.contains(" "), (3...24).contains(cleaned.count), LineText.isCapitalised(cleaned) else {
            return false
        }
        return cleaned.allSatisfy { $0.isLetter || $0 == "-" || $0 == "&" }
    }

    /// Separators only breadcrumb trails use.
    private static let arrows: [String] = ["›", "»", "→"]
    /// Separators that breadcrumb trails share with headlines (`Armenia | Explained`).
    /// Bars, slashes and angle brackets count only between spaces, so that `RFE/RL`
    /// stays one word.
    private static let bars: [String] = ["•", " | ", " / ", " > "]

    /// A breadcrumb trail or a list of section labels: `Politics › Diplomacy`,
    /// `News | Armenia-Azerbaijan conflict`, `NEWS | ARMENIA | ARTSAKH`. Two to six
    /// short segments (at most three words each), each starting with a capital letter,
    /// without sentence punctuation. With `barsAllowed` false, only trails joined by
    /// arrows (`›`, `»`), which no headline uses.
    static func isBreadcrumb(_ cleaned: String, barsAllowed: Bool = true) -> Bool {
        guard cleaned.utf8.count <= 100 else { return false }
        var text = cleaned
        for separator in arrows + (barsAllowed ? bars : []) {
            text = text.replacingOccurrences(of: separator, with: "\u{0}")
        }
        let segments = text.split(separator: "\u{0}", omittingEmptySubsequences: false).map { LineText.clean($0) }
        guard (2...6).contains(segments.count) else { return false }
        return segments.allSatisfy { segment in
            (1...3).contains(LineText.words(segment).count) && LineText.isCapitalised(segment)
                && !segment.contains(where: { ".!?:;,\"“”".contains($0) })
        }
    }

    /// `+ ↺ − 16 px`, `A A A`, `16 px`: symbols and size units, no words.
    static func isWidget(_ lower: String) -> Bool {
        guard lower.contains("↺") || lower.hasSuffix(" px") || lower == "px" else { return false }
        let words = lower.split(separator: " ")
        return words.allSatisfy { word in
            word == "px" || word.allSatisfy { !$0.isLetter }
        }
    }

    /// `1234 views`, `Views: 1,234`, `0 comments`, `Comments (2)`.
    private static func isCounter(_ lower: String) -> Bool {
        let words = lower.split(separator: " ").map { $0.trimmingSuffix(while: { ":".contains($0) }) }
        guard words.count == 2 else { return false }
        let units: Set<Substring> = ["views", "view", "comments", "comment", "shares", "likes", "reads"]
        let number = { (word: Substring) in
            let digits = word.trimming(in: "()")
            return !digits.isEmpty && digits.allSatisfy { $0.isASCIIDigit || $0 == "," || $0 == "." }
        }
        return (number(words[0]) && units.contains(words[1])) || (units.contains(words[0]) && number(words[1]))
    }
}
