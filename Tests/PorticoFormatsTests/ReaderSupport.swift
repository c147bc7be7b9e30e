import Foundation
@testable import PorticoFormats

/// A reader over in-memory bytes, through a pipe, exactly as a file would be read.
func reader(_ text: String) -> ByteReader {
    reader(Data(text.utf8))
}

func reader(_ data: Data) -> ByteReader {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("formats-\(UUID().uuidString)")
    try! data.write(to: url)
    let handle = try! FileHandle(forReadingFrom: url)
    try? FileManager.default.removeItem(at: url)
    return ByteReader(handle: handle)
}

func csvRecords(_ text: String) throws -> [CSVRecord] {
    var csv = CSVReader(reader(text))
    var records: [CSVRecord] = []
    while let record = try csv.next() { records.append(record) }
    return records
}

func jsonRecords(_ text: String) throws -> [JSONRecord] {
    var json = JSONRecordReader(reader(text))
    var records: [JSONRecord] = []
    while let record = try json.next() { records.append(record) }
    return records
}
