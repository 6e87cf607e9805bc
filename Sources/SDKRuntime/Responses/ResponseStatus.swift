extension CodingUserInfoKey {
    /// The key of the response's status code in a decoder's `userInfo`.
    static let responseStatus = CodingUserInfoKey(rawValue: "SDKRuntime.responseStatus")!
}

@_spi(Generated) extension Decoder {
    /// The status code of the response being decoded, when ``APIClient`` decodes it;
    /// `nil` for a decoder of another origin.
    ///
    /// An operation documenting successes with different schemas answers with an enum
    /// whose `init(from:)` chooses its case by this status.
    public var responseStatus: Int? {
        userInfo[.responseStatus] as? Int
    }
}
