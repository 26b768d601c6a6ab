/// A page in parts that each end in a `<details>` labelled as the answer: "다음은 릴리즈 노트에
/// 관한 설명이다. 무엇인가?", what it shows, then "<summary>정답</summary>" and the answer, then
/// "---" and the next. Three or more such parts make the page's layout: each part's first
/// paragraph, or list of one item, is its question, whatever it says ("…의 의미를 설명하시오.").
/// A part begins after a rule, a heading that is not a question, or the container before; one
/// of more than a few blocks is prose, not a question. Not a `<details>` whose summary is merely repeated ("Same
/// code with native fetch"): only one labelled as the answer ends a part.
enum ContainerParts {
    /// The most blocks a question and what it shows (a list, code) take before its answer
    /// container.
    static let longestStem = 6

    /// The paragraphs that open such parts, by block index; `details`: the `<details>` of the
    /// page by the index of their first block; `isQuestionHeading`: whether a heading is a
    /// question (whose answer the part is). Between two rules, a part of the same shape whose
    /// container is missing is a question left unanswered ("---", "다음은 C언어로 작성된
    /// 코드이다. …쓰시오.", "---") — where such parts are at most half as many as the answered.
    static func stems(blocks: [MarkdownBlock], details: [Int: Details], isQuestionHeading: (Int) -> Bool) -> Set<Int> {
        var stems = Set<Int>()
        var unanswered = Set<Int>()
        var partStart: Int? = 0
        var afterRule = false
        // (Or a list of one item: "- **برنامه ای بنویسید که …**", a task set as a bullet.)
        func firstStem(_ range: Range<Int>) -> Int? {
            range.first {
                if case .paragraph = blocks[$0].kind { return true }
                if case .list = blocks[$0].kind, blocks[$0].children.count == 1 { return true }
                return false
            }
        }
        var index = 0
        while index < blocks.count {
            if let container = details[index] {
                if container.isAnswer, let start = partStart, index - start <= longestStem, let stem = firstStem(start..<index) {
                    stems.insert(stem)
                }
                index = max(container.end, index + 1)
                partStart = index
                afterRule = false
                continue
            }
            switch blocks[index].kind {
            case .thematicBreak:
                if afterRule, let start = partStart, start < index, index - start <= longestStem, firstStem(start..<index) == start {
                    unanswered.insert(start)
                }
                partStart = index + 1
                afterRule = true
            case .heading:
                partStart = isQuestionHeading(index) ? nil : index + 1
                afterRule = false
            default:
                break
            }
            index += 1
        }
        guard stems.count >= 3 else { return [] }
        return unanswered.count * 2 <= stems.count ? stems.union(unanswered) : stems
    }
}
