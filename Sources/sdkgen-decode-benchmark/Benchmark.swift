import Foundation

/// One way of decoding a payload: returns how many list items it decoded.
struct Decode {
    var name: String
    var run: (Data) throws -> Int?
}

/// A payload, read by JSONSerialization and by each of `decodes`.
struct Payload {
    var name: String
    var data: Data
    var decodes: [Decode]
}

/// Times every payload's decodes round by round and prints a table of the results.
struct Benchmark {
    var count: Int
    var payloads: [Payload]

    private struct Row {
        var payload: String
        var decode: String
        var times: [Double] = []
        var ratios: [Double] = []
        /// Why the decode failed, in the warm-up round; a failing decode is not timed.
        var failure: String?
    }

    func run(rounds: Int) {
        var rows: [[Row]] = payloads.map { payload in
            [Row(payload: payload.name, decode: "JSONSerialization")]
                + payload.decodes.map { Row(payload: payload.name, decode: $0.name) }
        }
        for round in 0...rounds {
            let counted = round > 0
            for (p, payload) in payloads.enumerated() {
                let serialization = time { _ = try JSONSerialization.jsonObject(with: payload.data) }
                guard case .success(let serializationTime) = serialization else {
                    fatalError("JSONSerialization failed on \(payload.name)")
                }
                if counted {
                    rows[p][0].times.append(serializationTime)
                    rows[p][0].ratios.append(1)
                }
                for (d, decode) in payload.decodes.enumerated() where rows[p][d + 1].failure == nil {
                    let result = time {
                        let decoded = try decode.run(payload.data)
                        guard decoded == count else { throw WrongCount(decoded: decoded ?? 0) }
                    }
                    switch result {
                    case .success(let milliseconds) where counted:
                        rows[p][d + 1].times.append(milliseconds)
                        rows[p][d + 1].ratios.append(milliseconds / serializationTime)
                    case .success:
                        break
                    case .failure(let error):
                        rows[p][d + 1].failure = Self.describe(error)
                    }
                }
            }
        }
        printTable(rows.flatMap { $0 })
    }

    /// How long `work` took, in milliseconds, or the error it threw.
    private func time(_ work: () throws -> Void) -> Result<Double, any Error> {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            try work()
        } catch {
            return .failure(error)
        }
        let elapsed = clock.now - start
        return .success(Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15)
    }

    private func printTable(_ rows: [Row]) {
        let header = ["payload", "decode", "median ms", "min-max ms", "x JSONSerialization"]
        let lines: [[String]] = rows.map { row in
            if row.failure != nil { return [row.payload, row.decode, "fails", "", ""] }
            let times = row.times.sorted()
            return [
                row.payload, row.decode,
                String(format: "%.1f", median(times)),
                String(format: "%.1f-%.1f", times.first ?? 0, times.last ?? 0),
                String(format: "%.2f", median(row.ratios)),
            ]
        }
        let widths = header.indices.map { column in ([header] + lines).map { $0[column].count }.max() ?? 0 }
        for line in [header] + lines {
            let cells = line.enumerated().map { column, cell in
                column < 2 ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }
            print(cells.joined(separator: "  "))
        }
        for row in rows {
            if let failure = row.failure { print("\(row.payload), \(row.decode): fails: \(failure)") }
        }
    }

    private func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "key \"\(key.stringValue)\" not found"
        case DecodingError.valueNotFound(_, let context): "null at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case let error as WrongCount: "decoded \(error.decoded) items"
        default: "\(error)"
        }
    }
}

private struct WrongCount: Error {
    var decoded: Int
}
