/// Cleans a headline: media tags such as `[PHOTO]`, `(VIDEO)` or `- PHOTOS` are removed.
enum TitleText {
    private static let mediaTags: Set<String> = [
        "photo", "photos", "video", "videos", "updated", "update", "infographic", "infographics", "audio", "live",
        "exclusive", "interview", "opinion", "op-ed", "analysis", "map", "gallery", "photo/video", "photos/video",
        "video/photo", "photo, video", "photos, video", "breaking", "watch",
    ]

    /// The headline without media tags, with spaces cleaned.
    static func clean(_ title: String) -> String {
        var text = removeBracketed(title, open: "[", close: "]") { content in
            LineText.words(content).count <= 3 && !content.contains(where: \.isLowercase)
        }
        text = removeBracketed(text, open: "(", close: ")") { mediaTags.contains($0.lowercased()) }
        text = LineText.clean(text)
        // A trailing `- PHOTO`, `| VIDEO`, `/ PHOTOS`.
        while let separator = text.lastIndex(where: { "-–—|/".contains($0) }) {
            let tag = text[text.index(after: separator)...].trimming(in: " ")
            guard mediaTags.contains(tag.lowercased()), !tag.contains(where: \.isLowercase) else { break }
            text = LineText.clean(text[..<separator])
        }
        return text.trimming(in: " :-–—|")
    }

    private static func removeBracketed(
        _ text: String, open: Character, close: Character, isTag: (String) -> Bool
    ) -> String {
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == open, let end = text[index...].firstIndex(of: close),
                isTag(String(text[text.index(after: index)..<end]))
            {
                index = text.index(after: end)
                result.append(" ")
            } else {
                result.append(text[index])
                index = text.index(after: index)
            }
        }
        return result
    }
}
