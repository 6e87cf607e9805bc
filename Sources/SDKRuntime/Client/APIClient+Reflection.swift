extension APIClient: CustomReflectable {
    /// Only the configuration, so `dump` shows what the client is set up with and never a
    /// cached token or the transport's connection state.
    public var customMirror: Mirror { Mirror(self, children: ["configuration": configuration]) }
}

extension APIClient.Configuration: CustomReflectable {
    /// The settings as they read: the server URL without any user name or password, the
    /// token provider (whose own mirror decides what it shows; the runtime's providers show
    /// nothing), the names of the schemes with credentials, the transport, middlewares and clock by type, the logger by label. `dump` and
    /// string interpolation never reach a cached token or the transport's internals.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "serverURL": ServerURL.redacted(serverURL),
                "tokenProvider": tokenProvider as Any,
                "credentials": credentials.keys.sorted(),
                "transport": String(describing: type(of: transport)),
                "middlewares": middlewares.map { String(describing: type(of: $0)) },
                "retryPolicy": retryPolicy,
                "timeout": timeout,
                "maxResponseBodySize": maxResponseBodySize,
                "strictDecoding": strictDecoding,
                "userAgent": userAgent,
                "logger": logger.label,
                "clock": String(describing: type(of: clock)),
            ],
            displayStyle: .struct)
    }
}
