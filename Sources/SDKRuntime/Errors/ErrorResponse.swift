import Foundation

/// The type an operation's error body decodes to for some statuses, as its spec documents
/// it: for listed statuses, a class of statuses (`4XX`, `5XX`) or any other (`default`).
///
/// Generated request builders list them, the most specific first:
///
/// ```swift
/// errors: [.status(404, as: NotFound.self), .clientError(as: Problem.self), .default(as: Problem.self)]
/// ```
///
/// When the server answers with a status that is not a success, the first entry covering
/// it decodes the body into ``HTTPFailure/decodedBody``; the raw bytes stay in
/// ``HTTPFailure/body``.
@_spi(Generated) public struct ErrorResponse: Sendable {
    /// Which statuses the entry covers.
    let covers: @Sendable (Int) -> Bool
    /// Decodes a body into the entry's type.
    let decode: @Sendable (Data) throws -> any Sendable

    private init<Body: Decodable & Sendable>(_ type: Body.Type, covers: @escaping @Sendable (Int) -> Bool) {
        self.covers = covers
        self.decode = { data in try JSONCoding.makeDecoder().decode(Body.self, from: data) }
    }

    /// The body of an answer with one of `codes` decodes as `type`.
    ///
    /// - Parameters:
    ///   - codes: The statuses, such as `404`.
    ///   - type: The type of the body.
    public static func status<Body: Decodable & Sendable>(_ codes: Int..., as type: Body.Type) -> ErrorResponse {
        ErrorResponse(type) { codes.contains($0) }
    }

    /// The body of an answer with a 4xx status decodes as `type` (the spec's `4XX`).
    ///
    /// - Parameter type: The type of the body.
    public static func clientError<Body: Decodable & Sendable>(as type: Body.Type) -> ErrorResponse {
        ErrorResponse(type) { (400..<500).contains($0) }
    }

    /// The body of an answer with a 5xx status decodes as `type` (the spec's `5XX`).
    ///
    /// - Parameter type: The type of the body.
    public static func serverError<Body: Decodable & Sendable>(as type: Body.Type) -> ErrorResponse {
        ErrorResponse(type) { (500..<600).contains($0) }
    }

    /// The body of an answer with any status that is not a success decodes as `type` (the
    /// spec's `default`).
    ///
    /// - Parameter type: The type of the body.
    public static func `default`<Body: Decodable & Sendable>(as type: Body.Type) -> ErrorResponse {
        ErrorResponse(type) { _ in true }
    }

    /// The body decoded by the first of `responses` covering `status`; `nil` when none
    /// covers it or the body does not decode as its type.
    static func decodedBody(_ body: Data, status: Int, by responses: [ErrorResponse]) -> (any Sendable)? {
        guard !body.isEmpty, let response = responses.first(where: { $0.covers(status) }) else { return nil }
        return try? response.decode(body)
    }
}
