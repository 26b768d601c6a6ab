import Testing
@testable import QALintKit

/// The fixer applies line edits as the lines read, leaves alone those whose line no longer
/// fits, and shows what it changed as a unified diff.
@Suite struct FixerTests {
    @Test func labelsTakeTheDocumentsOwnFormAndComeOffCleanly() {
        let text = "## Q: A?\n\n**A:** One.\n\n## Q: B?\n\n**A:** Two.\n\n## Q: C?\n\n  Three.\r\n\n## Q: D?\n\nA: Four.\n"
        var fixer = Fixer(text: text)
        fixer.apply([.addLabel(line: 11, like: [3, 7, 15]), .removeLabel(line: 15)])
        #expect(fixer.applied == 2)
        #expect(fixer.text == "## Q: A?\n\n**A:** One.\n\n## Q: B?\n\n**A:** Two.\n\n## Q: C?\n\n  **A:** Three.\r\n\n## Q: D?\n\nFour.\n")
        // Applied again to the result, nothing fits: a fixed point.
        var again = Fixer(text: fixer.text)
        again.apply([.addLabel(line: 11, like: [3, 7]), .removeLabel(line: 15)])
        #expect(again.applied == 0)
        #expect(again.text == fixer.text)
    }

    @Test func labelsAreNotPutWhereTheyWouldNotReadAsOne() {
        for line in ["- item", "> quote", "    code", "```swift", "| a | b |", "<div>", "1. step"] {
            var fixer = Fixer(text: "A: x\n\n\(line)\n")
            fixer.apply([.addLabel(line: 3, like: [1])])
            #expect(fixer.applied == 0, "\(line)")
        }
        #expect(Fixer.label(of: "A: yes")?.label == "A: ")
        #expect(Fixer.label(of: "**Answer:** yes")?.label == "**Answer:** ")
        #expect(Fixer.label(of: "**A**: yes")?.label == "**A**: ")
        #expect(Fixer.label(of: "答：是的")?.label == "答：")
        #expect(Fixer.label(of: "Apache: a server") == nil)
        #expect(Fixer.label(of: "A:b") == nil)
    }

    @Test func listItemsCopyTheirNeighboursMarkerAndReplaceFindsItsText() {
        let text = "1. [One](#one)\n2. [Two](#tow)\n\n  * [x](#x)\n"
        var fixer = Fixer(text: text)
        fixer.apply([
            .insertListItem(beside: 1, after: true, text: "[One and a half](#one-and-a-half)"),
            .insertListItem(beside: 1, after: false, text: "[Zero](#zero)"),
            .insertListItem(beside: 4, after: true, text: "[y](#y)"),
            .replace(line: 2, old: "(#tow)", new: "(#two)"),
            .replace(line: 2, old: "(#gone)", new: "(#x)"),
            .insertListItem(beside: 3, after: true, text: "[not a list](#z)"),
        ])
        #expect(fixer.applied == 4)
        #expect(fixer.text == "1. [Zero](#zero)\n1. [One](#one)\n2. [One and a half](#one-and-a-half)\n2. [Two](#two)\n\n  * [x](#x)\n  * [y](#y)\n")
        let diff = ["--- a/a.md", "+++ b/a.md", "@@ -1,4 +1,7 @@", "+1. [Zero](#zero)", " 1. [One](#one)",
                    "+2. [One and a half](#one-and-a-half)", "-2. [Two](#tow)", "+2. [Two](#two)", " ", "   * [x](#x)", "+  * [y](#y)"]
        #expect(fixer.diff(path: "a.md") == diff.joined(separator: "\n") + "\n")
    }

    @Test func noChangeIsNoDiff() {
        var fixer = Fixer(text: "# Title\n")
        fixer.apply([.replace(line: 1, old: "nothing", new: "x"), .removeLabel(line: 9)])
        #expect(fixer.diff(path: "a.md").isEmpty)
        #expect(fixer.text == "# Title\n")
    }
}
