import Foundation

/// What was measured for one spec; times in seconds.
struct Row {
    var spec: String
    var bytes: Int
    var operations = 0
    var lines = 0
    var total = 0.0
    var stages: [String: Double] = [:]
    var floor: (name: String, seconds: Double) = ("", 0)
    var peakMegabytes = 0.0
    /// Instructions of `sdkgen generate` and of the floor, each as a process of its own.
    var instructions: (generation: Int, floor: Int)?

    var megabytes: Double { Double(bytes) / 1_000_000 }
    var ratio: Double { floor.seconds > 0 ? total / floor.seconds : 0 }
    var isConductorOne: Bool { spec.contains("conductorone/") }
}

/// Prints the rows as one aligned table, then the targets' verdicts.
enum Table {
    static let stageNames = ["read", "parse", "model", "plan", "emit", "write"]

    static func print(_ rows: [Row]) {
        var table: [[String]] = [
            ["spec", "bytes", "ops", "lines", "gen ms", "floor", "floor ms", "gen/floor"]
                + stageNames + ["peak MB", "linear? ms/MB"]
        ]
        for row in rows {
            table.append(
                [
                    URL(fileURLWithPath: row.spec).lastPathComponent, "\(row.bytes)", "\(row.operations)", "\(row.lines)",
                    ms(row.total), row.floor.name, ms(row.floor.seconds), String(format: "%.2f×", row.ratio),
                ] + stageNames.map { ms(row.stages[$0] ?? 0) } + [
                    String(format: "%.1f", row.peakMegabytes),
                    row.isConductorOne ? String(format: "%.1f", row.total * 1000 / row.megabytes) : "-",
                ])
        }
        let widths = table[0].indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        for (number, cells) in table.enumerated() {
            let padded = cells.enumerated().map { column, cell in
                let space = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 || column == 5 ? cell + space : space + cell
            }
            Swift.print("| " + padded.joined(separator: " | ") + " |")
            if number == 0 { Swift.print("|" + widths.enumerated().map { column, width in
                String(repeating: "-", count: width + 1) + (column == 0 || column == 5 ? "-" : ":")
            }.joined(separator: "|") + "|") }
        }
        printInstructions(rows)
        // Wall time on a shared machine is too noisy to hold to a line; memory is not.
        let met = rows.filter { $0.peakMegabytes <= 100 }
        Swift.print("\nPeak memory at most 100 MB: met by \(met.count) of \(rows.count) specs")
        for row in rows where !met.contains(where: { $0.spec == row.spec }) {
            Swift.print("  not met: \(URL(fileURLWithPath: row.spec).lastPathComponent)")
        }
        let conductorOne = rows.filter(\.isConductorOne).map { $0.total * 1000 / $0.megabytes }
        if conductorOne.count > 1, let low = conductorOne.min(), let high = conductorOne.max() {
            Swift.print(String(format: "ConductorOne time per MB: largest/smallest = %.2f (1.00 is perfectly linear)", high / low))
        }
    }

    /// Instruction counts, when measured: stable where wall time is not.
    private static func printInstructions(_ rows: [Row]) {
        let measured = rows.filter { $0.instructions != nil }
        guard !measured.isEmpty else { return }
        Swift.print("\nInstructions (callgrind, all threads, each a process of its own):")
        for row in measured {
            let (generation, floor) = row.instructions!
            Swift.print(
                "  \(URL(fileURLWithPath: row.spec).lastPathComponent): sdkgen generate \(grouped(generation)), "
                    + "\(row.floor.name) \(grouped(floor)), ratio " + String(format: "%.2f×", Double(generation) / Double(floor)))
        }
        // The guard: generating the 3 MB ConductorOne spec within 4.5× libyaml's event parse.
        if let guarded = measured.first(where: { $0.spec.contains("c1-terraform-openapi-v1.5.0") }) {
            let ratio = Double(guarded.instructions!.generation) / Double(guarded.instructions!.floor)
            Swift.print(String(format: "Guard (the 3 MB ConductorOne spec at most 4.50×): %.2f×, ", ratio) + (ratio <= 4.5 ? "holds" : "BROKEN"))
        }
    }

    /// `1336015800` as `1,336,015,800`.
    private static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        return String(digits.enumerated().flatMap { index, digit in
            index > 0 && (digits.count - index) % 3 == 0 ? [",", digit] : [digit]
        })
    }

    private static func ms(_ seconds: Double) -> String {
        String(format: "%.1f", seconds * 1000)
    }
}
