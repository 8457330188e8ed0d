import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole regular file, with a size limit, and refuses what is not one.
///
/// A folder, a device such as `/dev/zero` or a named pipe reports no useful size
/// and may never end, so it is refused as soon as it is opened (without waiting
/// for a pipe's writer). A regular file is read for at most `limit + 1` bytes, so
/// even one that grows while it is read cannot take more memory than the limit
/// allows. Links are followed.
///
/// ```swift
/// let data = try FileBytes.read(atPath: "queries/daily.kq", limit: 1 << 20)
/// ```
public enum FileBytes {
    /// The bytes of the regular file at `path`; `limit` is the most it may hold,
    /// in bytes, or `nil` for no limit.
    public static func read(atPath path: String, limit: Int? = nil) throws(FileBytesError) -> Data {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw openError(errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(reason: String(cString: strerror(errno))) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .notARegularFile(kind: "a folder")
        default: throw .notARegularFile(kind: "a device, pipe or socket")
        }
        let size = Int(status.st_size)
        if let limit, size > limit { throw .tooLarge(size: size, limit: limit) }
        let most = limit.map { $0 + 1 } ?? Int.max
        var data = Data(count: min(size, most))
        var count = 0
        while true {
            if count == data.count {
                if count >= most { break }
                data.count = min(most, max(count * 2, count + 65_536))
            }
            let read = data.withUnsafeMutableBytes { buffer in
                readSome(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if read < 0 {
                if errno == EINTR { continue }
                throw .unreadable(reason: String(cString: strerror(errno)))
            }
            if read == 0 { break }
            count += read
        }
        data.count = count
        if let limit, count > limit { throw .tooLarge(size: count, limit: limit) }
        return data
    }

    private static func openError(_ code: Int32) -> FileBytesError {
        switch code {
        case ENOENT, ENOTDIR: .notFound
        default: .unreadable(reason: String(cString: strerror(code)))
        }
    }
}

/// `read(2)`, named apart from ``FileBytes/read(atPath:limit:)``.
private func readSome(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
