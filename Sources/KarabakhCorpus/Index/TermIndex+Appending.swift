extension TermIndex {
    /// This index followed by another's articles: the other's article positions move
    /// past this index's articles. Streams are copied as they are; only the first
    /// gap of each of the other's terms is written again.
    func appending(_ other: TermIndex) -> TermIndex {
        let shift = Int32(lengths.count)
        var keys: [String] = []
        var counts: [Int32] = []
        var lasts: [Int32] = []
        var articleOffsets = [0]
        var positionOffsets = [0]
        var articleBytes: [UInt8] = []
        var positionBytes: [UInt8] = []
        articleBytes.reserveCapacity(self.articleBytes.count + other.articleBytes.count + other.termCount * 2)
        positionBytes.reserveCapacity(self.positionBytes.count + other.positionBytes.count)
        var (mine, theirs) = (0, 0)
        while mine < termCount || theirs < other.termCount {
            let takeMine = theirs == other.termCount || (mine < termCount && self.keys[mine] <= other.keys[theirs])
            let takeTheirs = mine == termCount || (theirs < other.termCount && other.keys[theirs] <= self.keys[mine])
            var count: Int32 = 0
            var last: Int32 = 0
            if takeMine {
                keys.append(self.keys[mine])
                articleBytes += self.articleBytes[self.articleOffsets[mine]..<self.articleOffsets[mine + 1]]
                positionBytes += self.positionBytes[self.positionOffsets[mine]..<self.positionOffsets[mine + 1]]
                count = articleCounts[mine]
                last = lastArticles[mine]
            }
            if takeTheirs {
                if !takeMine { keys.append(other.keys[theirs]) }
                let stream = other.articleBytes[other.articleOffsets[theirs]..<other.articleOffsets[theirs + 1]]
                stream.withUnsafeBufferPointer { bytes in
                    var offset = 0
                    let first = Int32(VarInt.read(bytes, &offset)) + shift
                    VarInt.append(UInt32(count == 0 ? first : first - last), to: &articleBytes)
                    articleBytes += bytes[offset...]
                }
                positionBytes += other.positionBytes[other.positionOffsets[theirs]..<other.positionOffsets[theirs + 1]]
                count += other.articleCounts[theirs]
                last = other.lastArticles[theirs] + shift
            }
            counts.append(count)
            lasts.append(last)
            articleOffsets.append(articleBytes.count)
            positionOffsets.append(positionBytes.count)
            if takeMine { mine += 1 }
            if takeTheirs { theirs += 1 }
        }
        return TermIndex(
            keys: keys, articleCounts: counts, lastArticles: lasts, articleOffsets: articleOffsets,
            articleBytes: articleBytes, positionOffsets: positionOffsets, positionBytes: positionBytes,
            lengths: lengths + other.lengths)
    }
}
