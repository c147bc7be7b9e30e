/// Turns any `Encodable` value into the `MustacheValue` a template renders: structs and dictionaries become
/// objects, arrays lists, and an optional that is nil stays as a key holding null (so a strict template can tell
/// "no value" from "no such key"). Pages are described by Swift types and this is the one way they reach templates.
public struct MustacheEncoder: Sendable {
    public init() {}

    public func encode<Value: Encodable>(_ value: Value) throws -> MustacheValue {
        let node = EncodedNode()
        try value.encode(to: NodeEncoder(node: node, codingPath: []))
        return node.value
    }
}

/// A value being built: a leaf, an object or a list whose members are still being encoded.
final class EncodedNode {
    enum Kind { case leaf(MustacheValue), object([String: EncodedNode]), list([EncodedNode]) }
    var kind = Kind.leaf(.null)

    var value: MustacheValue {
        switch kind {
        case .leaf(let value): return value
        case .object(let members): return .object(members.mapValues(\.value))
        case .list(let items): return .array(items.map(\.value))
        }
    }

    /// Makes this node an object (keeping members already set: two containers on one encoder merge).
    func member(_ key: String) -> EncodedNode {
        var members: [String: EncodedNode] = [:]
        if case .object(let existing) = kind { members = existing }
        let child = EncodedNode()
        members[key] = child
        kind = .object(members)
        return child
    }

    func makeObject() { if case .object = kind {} else { kind = .object([:]) } }
    func makeList() { if case .list = kind {} else { kind = .list([]) } }

    func appendItem() -> EncodedNode {
        var items: [EncodedNode] = []
        if case .list(let existing) = kind { items = existing }
        let child = EncodedNode()
        items.append(child)
        kind = .list(items)
        return child
    }

    var count: Int {
        if case .list(let items) = kind { return items.count }
        return 0
    }

    /// Encodes `value` into this node: scalars directly, anything else through its own `encode(to:)`.
    func set<Value: Encodable>(_ value: Value, codingPath: [CodingKey]) throws {
        switch value {
        case let text as String: kind = .leaf(.string(text))
        case let flag as Bool: kind = .leaf(.bool(flag))
        case let number as Int: kind = .leaf(.int(number))
        case let number as Double: kind = .leaf(.double(number))
        case let mustache as MustacheValue: kind = .leaf(mustache)
        default: try value.encode(to: NodeEncoder(node: self, codingPath: codingPath))
        }
    }
}

struct NodeEncoder: Encoder {
    let node: EncodedNode
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.makeObject()
        return KeyedEncodingContainer(KeyedNodeContainer(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        node.makeList()
        return UnkeyedNodeContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer { SingleNodeContainer(node: node, codingPath: codingPath) }
}

struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: EncodedNode
    let codingPath: [CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.member(key.stringValue).kind = .leaf(.null) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try node.member(key.stringValue).set(value, codingPath: codingPath + [key])
    }
    // A nil optional is written as null, not left out: templates must see the key.
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = node.member(key.stringValue)
        child.makeObject()
        return KeyedEncodingContainer(KeyedNodeContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        let child = node.member(key.stringValue)
        child.makeList()
        return UnkeyedNodeContainer(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> Encoder { NodeEncoder(node: node, codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> Encoder { NodeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]) }
}

struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let node: EncodedNode
    let codingPath: [CodingKey]
    var count: Int { node.count }

    mutating func encodeNil() throws { node.appendItem().kind = .leaf(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws { try node.appendItem().set(value, codingPath: codingPath) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = node.appendItem()
        child.makeObject()
        return KeyedEncodingContainer(KeyedNodeContainer<NestedKey>(node: child, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let child = node.appendItem()
        child.makeList()
        return UnkeyedNodeContainer(node: child, codingPath: codingPath)
    }

    mutating func superEncoder() -> Encoder { NodeEncoder(node: node.appendItem(), codingPath: codingPath) }
}

struct SingleNodeContainer: SingleValueEncodingContainer {
    let node: EncodedNode
    let codingPath: [CodingKey]

    mutating func encodeNil() throws { node.kind = .leaf(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws { try node.set(value, codingPath: codingPath) }
}

extension MustacheValue: Encodable {
    /// Encodes as itself when the encoder is `MustacheEncoder`'s; as plain JSON-like data otherwise.
    public func encode(to encoder: Encoder) throws {
        if let encoder = encoder as? NodeEncoder { encoder.node.kind = .leaf(self); return }
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let flag): try container.encode(flag)
        case .int(let number): try container.encode(number)
        case .double(let number): try container.encode(number)
        case .string(let text): try container.encode(text)
        case .array(let items): try container.encode(items)
        case .object(let members): try container.encode(members)
        }
    }
}
