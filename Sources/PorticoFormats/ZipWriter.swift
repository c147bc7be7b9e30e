/// Writes a ZIP archive (PKWARE APPNOTE 6.3) of stored, uncompressed entries with CRC-32s: what a WordPress plugin
/// upload needs, readable by every unzip. Entries carry a fixed date (1 January 1980) so the same files give the
/// same bytes.
public enum ZipWriter {
    public static func archive(_ entries: [(path: String, bytes: [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        func u16(_ value: Int, _ to: inout [UInt8]) { to += [UInt8(value & 0xff), UInt8((value >> 8) & 0xff)] }
        func u32(_ value: UInt32, _ to: inout [UInt8]) { for shift in stride(from: 0, to: 32, by: 8) { to.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) } }
        let date = (0 << 9) | (1 << 5) | 1   // 1980-01-01
        for entry in entries {
            let name = Array(entry.path.utf8)
            let crc = StoredGzip.crc32(entry.bytes), size = UInt32(entry.bytes.count), offset = UInt32(out.count)
            // Local file header: version 2.0, flag bit 11 (UTF-8 names), stored, time 00:00, the date, CRC, sizes.
            u32(0x0403_4b50, &out); u16(20, &out); u16(0x0800, &out); u16(0, &out); u16(0, &out); u16(date, &out)
            u32(crc, &out); u32(size, &out); u32(size, &out); u16(name.count, &out); u16(0, &out)
            out += name + entry.bytes
            // Its central directory record (made by UNIX, version 2.0; regular file, mode 0644).
            u32(0x0201_4b50, &central); u16(0x0314, &central); u16(20, &central); u16(0x0800, &central); u16(0, &central); u16(0, &central); u16(date, &central)
            u32(crc, &central); u32(size, &central); u32(size, &central); u16(name.count, &central); u16(0, &central); u16(0, &central)
            u16(0, &central); u16(0, &central); u32(0o100644 << 16, &central); u32(offset, &central)
            central += name
        }
        let centralOffset = UInt32(out.count)
        out += central
        u32(0x0605_4b50, &out); u16(0, &out); u16(0, &out); u16(entries.count, &out); u16(entries.count, &out)
        u32(UInt32(central.count), &out); u32(centralOffset, &out); u16(0, &out)
        return out
    }
}
