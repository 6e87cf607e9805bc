extension RequestOptions: CustomReflectable {
    /// The options with every header field's value shown as `<redacted>`: options carry
    /// per-call credentials and session tokens, which `dump`, `print` and string
    /// interpolation must not show.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "retryPolicy": retryPolicy as Any,
                "timeout": timeout as Any,
                "idleTimeout": idleTimeout as Any,
                "headerFields": headerFields.keys.sorted().map { "\($0): \(Redaction.placeholder)" },
                "queryItems": queryItems,
            ],
            displayStyle: .struct)
    }
}
