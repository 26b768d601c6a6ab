import Testing
@testable import QAMarkdown

/// Each recognizer and document-level decision of the reader, on the smallest document that
/// shows it (the real documents they come from are in corpus/).
@Suite struct RecognizerTests {
    /// A page of parts whose entries are numbered through the whole page: `title`, then each
    /// part's `part(title)` and its entries as `entry(number, text)`, numbered from 1 on.
    private func numberedThrough(_ parts: [(String, [String])], title: String, part: (String) -> String,
                                 entry: (Int, String) -> String) -> String {
        var number = 0, page = title
        for (heading, entries) in parts {
            page += part(heading)
            for text in entries {
                number += 1
                page += entry(number, text)
            }
        }
        return page
    }

    private func read(_ markdown: String) -> QADocument {
        QADocumentReader.read(markdown, path: "test.md")
    }

    private func lines(_ markdown: String, path: String = "test.md") -> [Int] {
        QADocumentReader.read(markdown, path: path).questions.map(\.range.startLine)
    }

    @Test(arguments: [
        "## What is a closure? {#closures}",
        "### What is a closure? 🟢",
        "### What is a closure? [Easy]",
        "### What is a closure? (e.g. in JavaScript)",
        "### 什么是闭包？ {#closure}",
        "## Why?",
    ])
    func decorationsAfterTheQuestionMark(_ heading: String) {
        let text = String(heading.drop(while: { $0 == "#" || $0 == " " }))
        #expect(QADocumentReader.isQuestion(text))
    }

    @Test(arguments: ["isReady?", "connect()?", "options?", "Answer \"Should you ever rewrite a change log?\".", "What? Then some words",
                      "New FAQ in 'README': 'How to export permissions for specific public folders?'",
                      "Он спросил: «Почему это не работает?»"])
    func notQuestions(_ text: String) {
        #expect(!QADocumentReader.isQuestion(text))
    }

    @Test func customIdsAreNotPartOfTheQuestion() {
        let document = read("## What is a closure? {#closures}\n\nA function with its scope.\n")
        #expect(document.questions.map(\.text) == ["What is a closure?"])
    }

    @Test func aRepeatedSummaryIsAnAnswerContainerInAnyLanguage() {
        let item = { (n: Int) in "###### \(n). Qual propriedade altera a cor \(n)\n\n<details><summary><b>Resposta</b></summary>\n\nbackground-color \(n)\n\n</details>\n" }
        let document = read((1...3).map(item).joined(separator: "\n"))
        #expect(document.questions.map(\.text) == (1...3).map { "Qual propriedade altera a cor \($0)" })
        #expect(document.questions.allSatisfy { !$0.answer.isEmpty })
    }

    @Test func aHeadingFollowedByOneLabelledAnswerIsAQuestion() {
        let document = read("""
            ## Intro

            Text.

            ### Le RGPD s'applique aux associations

            **Réponse : 1**. Oui.

            ### Une adresse IP est une donnée personnelle

            **Réponse : 2**. Oui.

            ### Un cookie est toujours interdit

            **Réponse : 2**. Non.
            """)
        #expect(document.questions.map(\.range.startLine) == [5, 9, 13])
    }

    @Test func questionMarksAmongSectionTitlesTitleSections() {
        let document = read("""
            # Contribuir

            ## Introducción

            Texto.

            ## ¿Cómo puedo contribuir?

            Texto.

            ## Proceso de pull request

            Texto.

            ## Comunidad

            Texto.
            """)
        #expect(document.questions.isEmpty)
    }

    @Test func statementsAmongQuestionsAreEntriesButOnlyUnderTheirParent() {
        let document = read("""
            # Tool

            ## Usage

            ### Install

            Run it.

            ### Configure

            Edit it.

            ## FAQ

            ### Why is it slow?

            Disk.

            ### Build fails on Windows

            Use WSL.

            ### How do I update?

            Run update.
            """)
        #expect(document.questions.map(\.text) == ["Why is it slow?", "Build fails on Windows", "How do I update?"])
    }

    @Test func entriesUnderAnFAQTitleInAnyLanguage() {
        let document = read("""
            # 常见问题

            ## 安装

            ### 模型列表为空

            检查密钥。

            ### API 密钥无效

            重新输入。

            ## 交互

            ### 粘贴图片失败

            换一个模型。
            """)
        #expect(document.questions.map(\.text) == ["模型列表为空", "API 密钥无效", "粘贴图片失败"])
        #expect(document.sections.map(\.title) == ["安装", "交互"])
    }

    @Test func numberedLinesThatAreNotAList() {
        let document = read("### HTML\n\n1.什么是语义化HTML\n\n2.常用页面标签的默认样式\n\n3.元信息类标签的使用目的是什么\n")
        #expect(document.questions.map(\.text) == ["什么是语义化HTML", "常用页面标签的默认样式", "元信息类标签的使用目的是什么"])
        #expect(document.questions.map(\.layout) == [.paragraph, .paragraph, .paragraph])
        #expect(lines("1.Що таке Python?  \n2.Що таке PEP 8?  \n3.Що таке GIL?\n") == [1, 2, 3])
        // Two lines, or numbers that do not count up, are no run.
        #expect(lines("1.One thing\n\n2.Another\n").isEmpty)
        #expect(lines("1.One\n\n5.Two\n\n9.Three\n").isEmpty)
    }

    @Test func mkdocsAndDocusaurusAdmonitions() {
        let document = read("""
            # FAQ

            ??? faq "What is Helmless?"

                A deployment tool.

            ??? faq "Why not use Terraform?"

                Speed.

            :::info How do I use the terminal
            Search for a guide.
            :::

            :::info The installer failed
            Open an issue.
            :::
            """)
        #expect(document.questions.map(\.text) == ["What is Helmless?", "Why not use Terraform?", "How do I use the terminal", "The installer failed"])
        #expect(document.questions.allSatisfy { $0.layout == .admonition && !$0.answer.isEmpty })
    }

    @Test func aTipIsNotAQuestionAndItsCloserNoDefinition() {
        let document = read(":::tip Disclaimer\nThis guide is short.\n:::\n\n## What is it?\n\nA guide.\n")
        #expect(document.questions.map(\.text) == ["What is it?"])
    }

    @Test func tablesOfQuestionsAndAnswers() {
        let document = read("""
            ## General

            | Issue | Solution |
            | ----- | -------- |
            | Binding multiple domains | Configure each domain |
            | Subdomain cannot receive email | Enable routing |

            | Option | Default |
            | ------ | ------- |
            | `port` | 8080 |
            """)
        #expect(document.questions.map(\.text) == ["Binding multiple domains", "Subdomain cannot receive email"])
        #expect(document.questions.map(\.range.startLine) == [5, 6])
        #expect(document.questions.allSatisfy { $0.layout == .table && !$0.answer.isEmpty })
    }

    @Test func anItemWithAnAnswerLabelIsAQuestion() {
        let document = read("1. Convert user input to int.  \n   **Answer:** \n2. Print two items on one line.  \n   **Answer:** \n")
        #expect(document.questions.count == 2)
        #expect(document.questions.allSatisfy { $0.answer.isEmpty })
    }

    @Test func evidenceAndSkippedParts() {
        let document = read("""
            # Guide

            - [What is it?](#what-is-it)

            ## Setup

            Install.

            ### What is it?

            A tool.

            #### Example

            Code.

            ### Why is it slow?

            Disk.

            ### It crashes

            Update.

            ### How do I start?

            Run it.
            """)
        #expect(document.questions.map(\.evidence) == [.questionMark, .questionMark, .sibling, .questionMark])
        #expect(document.skipped.map(\.kind) == [.tableOfContents, .subHeading])
        #expect(document.skipped.map(\.line) == [3, 13])
    }

    @Test func markdownThatAnHTMLBlockSwallowedIsRead() {
        // No blank line after </div>: CommonMark keeps the heading inside the HTML block.
        let document = read("## Q. What is a selector?\n\nA pattern.\n\n<div align=\"right\">\n    <a href=\"#\">top</a>\n</div>\n## Q. What is specificity?\n\nA weight.\n")
        #expect(document.questions.map(\.text) == ["What is a selector?", "What is specificity?"])
        #expect(document.questions.map(\.range.startLine) == [1, 8])
    }

    @Test func aBoldLabelledQuestionThatAnHTMLBlockSwallowedIsRead() {
        // No blank line after the opening tag: the first "***P***:" is inside the HTML block.
        let document = read("""
            ## Perguntas Frequentes

            <div class="background" markdown="1">
            ***P***: *Vou ter que digitar senhas o tempo todo?*

            ***R***: *Não, só uma vez.*

            ***P***: *Posso desinstalar facilmente?*

            ***R***: *Sim.*

            ***P***: *Quão seguros estarão os arquivos?*

            ***R***: *Muito.*
            </div>
            """)
        #expect(document.questions.map(\.range.startLine) == [4, 8, 12])
        // Not a line of emphasis in HTML ("** note **" opens with a space), nor a rule.
        let html = read("<div>\n** note **\n***\n</div>\n\n## What is it?\n\nA tool.\n")
        #expect(html.questions.map(\.range.startLine) == [6])
    }

    @Test func followUpQuestionsInsideADetailsQuestion() {
        let document = read("""
            <details>
            <summary>What is polymorphism?</summary>

            Many forms.
            <br/>
            <details style="margin-left: 20px;">
            <summary>Follow-up: how is it implemented?</summary>
            Overloading and overriding.
            </details>

            </details>
            """)
        #expect(document.questions.map(\.text) == ["What is polymorphism?", "Follow-up: how is it implemented?"])
        #expect(document.questions.map(\.evidence) == [.summary, .followUp])
    }

    @Test func aDetailsTitledFAQHoldsQuestions() {
        let document = read("<details>\n  <summary>FAQs</summary>\n- Do I need Java?\n  - No.\n- How much RAM?\n  - 4 GB.\n</details>\n")
        #expect(document.questions.map(\.text) == ["Do I need Java?", "How much RAM?"])
    }

    /// A dash between spaces numbers a line as a dot does ("1 - ¿Qué es un programa?", "2 –
    /// …"): three or more counting up, with their "- Respuesta: …" lines, are questions. Not a
    /// range or a sum ("2019 - 2020", "1 - 2"), nor a dash with nothing after it.
    @Test func numberedWithADash() {
        #expect(QuestionPrefix.number("1 - ¿Qué es un programa?") == 1)
        #expect(QuestionPrefix.number("12 – Explain closures") == 12)
        #expect(QuestionPrefix.number("2019 - 2020 roadmap") == nil)
        #expect(QuestionPrefix.number("1 - 2") == nil)
        #expect(QuestionPrefix.number("3 - ") == nil)
        let spanish = (1...3).map { "\($0) - ¿Qué es el concepto \($0)?\n- Respuesta: Una definición.\n\n" }.joined()
        #expect(lines("## Preguntas básicas\n\n" + spanish) == [3, 6, 9])
    }

    /// Chinese numerals are not digits ("2.三次握手" is 2, "三次握手" no number); they number
    /// only as Chinese outlines write them, before "、" or in brackets (`chineseNumerals`).
    @Test func chineseNumeralsAreNotDigits() {
        #expect(QuestionPrefix.number("2.三次握手") == 2)
        #expect(QuestionPrefix.number("１２．全角") == 12)
        #expect(!QuestionPrefix.isNumbered("三次握手"))
        #expect(QuestionPrefix.number("一、JavaScript 基础") == 1)
        #expect(!QuestionPrefix.isNumbered("1.5 million users"))
    }

    @Test(arguments: [
        ("Q1) What is REST?", "What is REST?"),
        ("(1) Q: What is REST?", "What is REST?"),
        ("Вопрос 3: Расскажите о себе.", "Расскажите о себе."),
        ("问：什么是闭包", "什么是闭包"),
        ("Q:我完全没学过代码能用这个脚本吗？", "我完全没学过代码能用这个脚本吗？"),
        ("Pregunta: Explica el hoisting.", "Explica el hoisting."),
        ("Frage: Was ist REST.", "Was ist REST."),
    ])
    func questionLabelsInManyLanguages(_ labelled: String, _ text: String) {
        #expect(QuestionPrefix.hasLabel(labelled))
        #expect(QuestionPrefix.strip(labelled) == text)
    }

    /// One rule parts a label from its text, for questions and answers alike: a space, or a
    /// full-width colon, or an ASCII colon before a script written without spaces.
    @Test func labelsBeforeScriptsWithoutSpaces() {
        let document = read("Q:我完全没学过代码能用这个脚本吗？\nA:完全没问题。\n\nQ:下载速度太慢怎么办？\nA:换一个源。\n")
        #expect(document.questions.map(\.text) == ["我完全没学过代码能用这个脚本吗？", "下载速度太慢怎么办？"])
        let markers = document.questions.map(\.answer.hasMarker)
        let answers = document.questions.map { $0.answer.text.prose.trimmedWhitespace }
        #expect(markers == [true, true])
        #expect(answers == ["完全没问题。", "换一个源。"])
        #expect(!QuestionPrefix.separatesLabel(":", from: "foo"))
        #expect(QuestionPrefix.separatesLabel("：", from: "foo"))
    }

    @Test(arguments: [("Browser (Desktop):", true), ("接口说明：  ", true), ("What is it?", false), ("12:30", false)])
    func colonsOfEitherWidth(_ text: String, _ ends: Bool) {
        #expect(text.endsWithColon == ends)
    }

    @Test(arguments: ["Quick: a start", "Pregunta. Una frase.", "Questionable: yes", "Q.E.D. is Latin", "Q:foo is a key"])
    func notQuestionLabels(_ text: String) {
        #expect(!QuestionPrefix.hasLabel(text))
    }

    @Test(arguments: [
        "What are semantic HTML elements? Give examples.",
        "Что такое HTTP-методы? Перечислите все, которые вы знаете.",
        "什么是闭包？请举例说明。",
    ])
    func aTitleThatOpensWithAQuestion(_ text: String) {
        #expect(QADocumentReader.isQuestionTitle(text))
        #expect(!QADocumentReader.isQuestion(text), "a paragraph that says this is prose")
    }

    @Test(arguments: ["Did you know? It is fast. It is small. It is free.", "Is it? Yes. No. Maybe.", "Answer \"Is it?\" now"])
    func titlesThatDoNotOpenWithAQuestion(_ text: String) {
        #expect(!QADocumentReader.isQuestionTitle(text))
    }

    @Test func headingsThatOpenWithAQuestionWordWithoutAQuestionMark() {
        let document = read("""
            # Python

            ## Последовательности

            ### Что такое последовательность

            Упорядоченный набор.

            ### Какие виды строк бывают

            Байтовые и юникодные.

            ### Как кодировать строки

            Методом encode.

            ### Пирамида тестирования

            Много модульных тестов.
            """)
        #expect(document.questions.map(\.range.startLine) == [5, 9, 13, 17])
        #expect(document.questions.first?.evidence == .questionWords)
        #expect(document.questions.last?.evidence == .sibling)
    }

    @Test(arguments: [
        "Java 类构造方法命名有什么要求",
        "Java 编程语言中，所有类的父类是哪一个类",
        "Java 类构造方法是否可以重载，是否可以重写",
        "TDD 가 무엇인지 물어봄",
        "어떤 식으로 공부하는지",
        "자료구조 아는거 있냐",
        "가장 자신있는 기술 스택이 무엇인가요",
    ])
    func questionWordsInPlaceAndKoreanQuestionEndings(_ text: String) {
        #expect(ReadingVocabulary.opensAsQuestion(text))
    }

    @Test(arguments: [
        // A sentence that says "what" without asking, and a word that only contains "why" (왜곡).
        "生成是廉价的，受控演进是稀缺的。瓶颈不再是写代码，而是决定什么该存在",
        "데이터 왜곡 방지",
        "Java 基本数据类型占用字节大小",
    ])
    func questionWordsThatDoNotAsk(_ text: String) {
        #expect(!ReadingVocabulary.opensAsQuestion(text))
    }

    @Test(arguments: [
        // A question word before a full stop opens a clause; an ending inside a closing aside
        // is the aside's.
        "Когда вы работаете именно с доменом `sync` и хотите повторяемый сценарий.",
        "작은 표를 기준으로 요청을 분류합니다(어느 타깃 도구인지, 어떤 기능인지).",
    ])
    func sentencesThatOnlyHoldAQuestionWord(_ text: String) {
        #expect(!ReadingVocabulary.opensAsQuestion(text))
    }

    @Test(arguments: ["Explain the event loop.", "ARP 프로토콜에 대해 설명해주세요. (ARP에 대해 설명해주세요.)", "도전정신있는 편인지(소규모 스타트업이었음)",
                      "说下公司的研发流程", "讲一下事件循环", "Escriba una página con una galería sencilla.",
                      "(L2 [S]) Спроектировать URL shortener", "[Easy] Explain closures.",
                      // Italian sets tasks in the infinitive as often as in the imperative.
                      "Scrivere un metodo che prende in input una lista di interi.", "Spiegare la differenza fra override e overload."])
    func tasksMayEndWithAFullStopAndQuestionsWithAnAside(_ text: String) {
        #expect(ReadingVocabulary.opensAsQuestion(text))
    }

    /// A list half of whose items ask is a list of questions in a document that asks five or
    /// more elsewhere — not alone, and not when it is a task list.
    @Test func aListHalfOfWhoseItemsAskInADocumentOfQuestions() {
        let questions = """
            # Interview

            - What is a closure?
            - What is hoisting?
            - What is an event loop?
            - What is a promise?
            - What is a generator?

            ## More

            """
        let half = """
            - Jak działa `jwt`
            - Czym jest redux thunk
            - git `merge` vs `rebase`
            - Konfiguracja webpacka
            """
        #expect(lines(questions + half) == [3, 4, 5, 6, 7, 10, 11, 12, 13])
        #expect(lines("# Notes\n\n" + half).isEmpty)
        let tasks = half.split(separator: "\n").map { $0.replacingOccurrences(of: "- ", with: "- [ ] ") }.joined(separator: "\n")
        #expect(lines(questions + tasks) == [3, 4, 5, 6, 7])
    }

    /// Numbered headings none of which asks, after (or before) all the numbered questions of
    /// their level, are points; between them, more questions.
    @Test func numberedPointsAfterTheNumberedQuestions() {
        let questions = """
            # 面接

            ## よく聞かれる質問

            ### 1. あなたの強みは何ですか？

            誠実さです。

            ### 2. なぜ転職を考えていますか？

            成長のためです。

            ### 3. 最後に何か質問はありますか？

            あります。

            """
        let points = """
            ## 成功するためのポイント

            ### 1. 事前準備を徹底する

            調べる。

            ### 2. 具体的なエピソードを交える

            話す。

            ### 3. ポジティブな態度を心がける

            笑う。

            """
        #expect(lines(questions + points) == [5, 9, 13])
        #expect(lines(points + questions).count == 3)
        #expect(lines(questions + points + questions.replacingOccurrences(of: "# 面接\n\n", with: "")).count == 9)
    }

    @Test(arguments: ["一般的な質問", "General questions", "Общие вопросы", "In this section", "前言", "Conclusion"])
    func aGroupOfQuestionsTitledAsSuchIsNotAnEntry(_ title: String) {
        let document = read("""
            # FAQ

            ## \(title)

            ### What is Drupal?

            A content management system.

            ## Why use Drupal?

            It is flexible.

            ## When not to use Drupal?

            For a single page.

            ## How much does Drupal cost?

            Nothing.
            """)
        #expect(document.questions.map(\.range.startLine) == [5, 9, 13, 17])
    }

    @Test func japanesePoliteQuestionsEndingWithAFullStop() {
        #expect(ReadingVocabulary.opensAsQuestion("トピックの型を調べるには、どのようなコマンドを打てばよろしいでしょうか。"))
    }

    /// A page titled with a problem word, or opened by a sentence that introduces it as an
    /// FAQ, is a troubleshooting page: its headings with a body are entries, stated or not.
    @Test(arguments: ["# 主程序使用问题\n\n", "# Windowsの起動問題\n\n", "Here we list common problems and possible solutions:\n\n"])
    func aPageOfProblems(_ opening: String) {
        let entries = """
            ## 下载失败，请重试

            重新下载。

            ## 没有注册类

            重新安装。

            ## 无法完成当前操作

            重启电脑。
            """
        #expect(lines(opening + entries).count == 3)
        #expect(lines("# 安装指南\n\n" + entries).isEmpty)
        #expect(lines("See the common problems below.\n\n" + entries).isEmpty)
    }

    /// A numbered question label alone ("Question 1", "Вопрос 3") titles the question written
    /// in the paragraph under it, in a heading or a `<details>` summary.
    @Test func bareQuestionLabelsOverTheQuestion() {
        let details = read("""
            ## Questions

            <details>
            <summary>Question 1</summary>

            What will the following code output?

            <details>
            <summary>Answer</summary>

            Three times 3.
            </details>
            </details>

            <details>
            <summary>Question 2</summary>

            How do you copy an object?

            <details>
            <summary>Answer</summary>

            With structuredClone.
            </details>
            </details>
            """)
        #expect(details.questions.map(\.text) == ["What will the following code output?", "How do you copy an object?"])
        #expect(details.questions.map(\.range.startLine) == [6, 18])
        let headings = read("# Quiz\n\n## Вопрос 1\n\nЧто выведет код\n\nОтвет: 3.\n\n## Вопрос 2\n\nЧто такое замыкание\n\nФункция.\n")
        #expect(headings.questions.map(\.text) == ["Что выведет код", "Что такое замыкание"])
    }

    @Test(arguments: ["Question 1", "Q12", "Вопрос 3:", "Question #4"])
    func bareLabels(_ text: String) { #expect(QuestionPrefix.isBareLabel(text)) }

    @Test(arguments: ["Questions", "Question 1: What is X?", "Q&A", "Quebec 1"])
    func notBareLabels(_ text: String) { #expect(!QuestionPrefix.isBareLabel(text)) }

    /// Numbered lines that Markdown does not read as a list are questions where a third of
    /// them ask; numbered steps are instructions — unless the document asks elsewhere.
    @Test func numberedStepsAreNotQuestions() {
        let steps = "## 実行\n\n1．ターミナルを開き、コマンドを実行します\n\n2．ブラウザでページを開きます\n\n3．ボタンをクリックします\n"
        #expect(lines("# RasCon\n\n" + steps).isEmpty)
        #expect(lines("# 面试\n\n1.什么是闭包\n\n2.什么是原型\n\n3.事件循环\n").count == 3)
        let questions = (1...5).map { "- What is item \($0)?\n" }.joined()
        #expect(lines("# Quiz\n\n" + questions + "\n" + steps).count == 8)
        // A knowledge checklist among questions ("1.从规范的角度理解HTML") is more of them.
        let checklist = "## HTML\n\n1.从规范的角度理解HTML\n\n2.常用页面标签的默认样式\n\n3.元信息类标签的使用目的\n"
        #expect(lines(checklist).isEmpty)
        #expect(lines("# Quiz\n\n" + questions + "\n" + checklist).count == 8)
    }

    /// Definition lists whose terms mostly do not ask are a glossary; an admonition titled as
    /// an answer ("::: tip 回答 1") answers the admonition question before it, and a bare
    /// label's question is the first paragraph of its body.
    @Test func glossariesAndAnswerAdmonitions() {
        #expect(lines("# XSS\n\nbtoa()\n: Encodes a string.\n\neval()\n\n:   Runs a string.\n\nXSSHunter\n: A tool.\n").isEmpty)
        #expect(lines("# FAQ\n\nWhat is it?\n: An installer.\n\nWhy?\n\n:   To install.\n\nXSSHunter\n: A tool.\n") == [3, 6, 10])
        let document = read("""
            # 常见问题

            ::: tip 推荐浏览器
            Chrome.
            :::

            ::: warning 问题 1
            我打开的文档界面加载空白，是何原因
            :::

            ::: tip 回答 1
            换一个浏览器。
            :::

            ::: warning 问题 2
            打印提示我缺少插件，如何安装插件
            :::

            ::: tip 回答2
            安装插件。
            :::
            """)
        #expect(document.questions.map(\.text) == ["我打开的文档界面加载空白，是何原因", "打印提示我缺少插件，如何安装插件"])
        #expect(document.questions.map(\.answer.text.prose) == ["换一个浏览器。\n", "安装插件。\n"])
    }

    /// A bold list item that opens with a problem label is a troubleshooting entry; a plain
    /// item that does ("- `error`: a string") describes a field.
    @Test func boldProblemItemsAreEntries() {
        #expect(lines("# CLI\n\n## Частые ошибки\n\n- ⚠️ **Ошибка: Команда запускается, но результат «не тот»**\n  > Проверьте ID.\n") == [5])
        #expect(lines("# API\n\n## Fields\n\n- Error: the message of the failure\n").isEmpty)
        #expect(lines("# API\n\n## Fields\n\n- **Errors:** see the table below\n").isEmpty)
    }

    /// Bold questions each in a list of its own, their answers quoted under them: a bold
    /// statement among them is one more entry.
    @Test func aBoldItemAfterBoldQuestionItems() {
        let document = read("""
            ## FAQ

            * **Why are the props no longer required?**
            > Because the parent is known.

            * **My embeds don't work, they just show an error JSON body.**
            > Use HTTPS.

            * **Is there a demo?**
            > Not yet.
            """)
        #expect(document.questions.map(\.range.startLine) == [3, 6, 9])
        // Not an answer's plain list after one question.
        #expect(lines("## FAQ\n\n* **Why are the props no longer required?**\n> Because:\n\n* the parent is known\n* it is simpler\n") == [3])
    }

    /// In a document of questions, a list under a heading that titles it as questions is
    /// questions however they are worded — not under a heading that asks itself.
    @Test func aListTitledAsQuestions() {
        let questions = "# Kubernetes\n\n## Basics\n\n" + (1...5).map { "- What is object \($0)?\n" }.joined()
        let scenarios = "\n## Scenario-Based Questions\n\n- A Pod is in CrashLoopBackOff, how will you debug?\n- PVC is stuck in Pending state\n- High CPU usage on nodes\n"
        #expect(lines(questions + scenarios).count == 8)
        #expect(lines("# Kubernetes\n" + scenarios).isEmpty)
        let help = "\n## Still have questions?\n\n- Check the [guide](guide.md) first\n- Search the issues for yours\n"
        #expect(!lines(questions + help).contains(13))
    }

    /// A follow-up folded in a `<details>` inside the answer's last list item (indented under
    /// it) is a question of its own where its summary asks; one that folds code away is part
    /// of the answer.
    @Test func followUpsFoldedInAnAnswersListItem() {
        let follow = { (summary: String) in "    <details>\n    <summary>\(summary)</summary>\n\n    - The answer.\n\n    </details>\n" }
        let entry = { (question: String, followUp: String) in
            "<details>\n<summary>\(question)</summary>\n\n- One point.\n- Another point.\n\n" + follow(followUp) + "</details>\n\n"
        }
        let korean = entry("LIKE는 어떤 경우에 느린가요?", "그렇다면 LIKE의 성능은 어떻게 개선하나요?") + entry("인덱스란 무엇인가요?", "인덱스는 언제 쓰면 안 되나요?")
        #expect(lines(korean) == [2, 8, 16, 22])
        let english = entry("What is an index?", "When should you not use one?") + entry("What is a view?", "Example")
        #expect(lines(english) == [2, 8, 16])
    }

    /// A line that opens with an HTML comment (reveal.js `<!-- .element: … -->`) is an HTML
    /// block to CommonMark and the text after the comment to a reader of the page.
    @Test func itemsBehindAnHTMLComment() {
        let comment = "<!-- .element: class=\"fragment fade-in\" -->"
        let polish = "# Pytania\n\n* \(comment) Co to jest polimorfizm?\n* \(comment) Jakie znasz systemy kontroli wersji?\n* \(comment) Napisz algorytm sortowania.\n"
        #expect(lines(polish) == [3, 4, 5])
        let english = "# Slides\n\n- \(comment) What is a closure?\n  - \(comment) A follow-up note.\n- \(comment) What is hoisting?\n- \(comment) What is the event loop?\n"
        #expect(lines(english) == [3, 5, 6])
        // The comment is still one (a suppression written so is seen), on its line.
        #expect(read(english).comments.filter { $0.text == ".element: class=\"fragment fade-in\"" }.map(\.line) == [3, 4, 5, 6])
        // A comment alone on its line stays a comment; so does one that never closes.
        #expect(lines("# Slides\n\n- <!-- hidden -->\n- <!-- What is this?\n- nothing\n").isEmpty)
    }

    /// Numbered questions that go on as paragraphs inside the last heading question's answer
    /// ("#### 117. …", its answer, "175 . What is BlockingQueue?"), or one numbered line that
    /// asks between two numbered headings ("##### 26.…", "27.…？", "##### 28.…"), are
    /// questions; an answer's numbered steps are its answer.
    @Test func numberedQuestionsResumingInsideAnAnswer() {
        let run = "# Java\n\n#### 116. What is fail-fast?\n- Throws.\n\n#### 117. What are atomic operations?\n- At once.\n\n"
            + "175 . What is BlockingQueue?\n\n176 . What are Generics?\n\n177 . Why do we need Generics?\n"
        #expect(lines(run) == [3, 6, 9, 11, 13])
        let chinese = "# Java基础\n\n##### 26.抽象类与接口？\n\n抽象类有自己的部分实现。\n\n27.string与stringbuffer的区别？\n\nstring长度是不可变的。\n\n##### 28.谈谈final, finally的区别？\n\n修饰符。\n"
        #expect(lines(chinese) == [3, 7, 11])
        // (Not where the number does not come between the headings' numbers.)
        #expect(lines(chinese.replacingOccurrences(of: "27.string", with: "3.string")) == [3, 11])
        let steps = "# FAQ\n\n#### 1. How do I install it?\n\n1.Open a terminal\n\n2.Run the installer\n\n3.Restart\n\n#### 2. How do I remove it?\n\nDelete it.\n"
        #expect(lines(steps) == [3, 11])
    }

    /// Questions written one per line without list markers, in one paragraph ("## Agile" over
    /// "Que entiendes por metodologías agiles?↵Que tecnicas … conoces?↵…"), on a page titled
    /// as a bank of questions: each line is a question. Not on another page, and not where
    /// fewer than two thirds of the lines ask.
    @Test func questionLinesWithoutMarkers() {
        let spanish = "# Preguntas\n\n## Agile\nQue entiendes por metodologías agiles?\nQue tecnicas de metodologia agil conoces?\nSabes que es SCRUM?\n"
        #expect(lines(spanish) == [4, 5, 6])
        let english = "# Questions\n\n## Hardware\nWhat is a processor?\nWhat is a byte?\nWhat does 64-bit mean?\nCache, RAM, ROM\n"
        #expect(lines(english) == [4, 5, 6, 7])
        #expect(lines(english.replacingOccurrences(of: "# Questions", with: "# Notes")).isEmpty)
        let prose = "# Questions\n\n## Why\nWhy another tool?\nBecause the others read no answers.\nThey only read Markdown.\n"
        #expect(lines(prose).isEmpty)
    }

    /// A page titled as a bank of questions ("# Pytania rekrutacyjne", front matter "title: 예상
    /// 면접 질문"): the list under each of its categories is questions — bare topics too —
    /// where one item asks; not a list a sentence introduces, not under a heading that
    /// organizes ("References"), and not on a page whose title names no questions.
    @Test func listsUnderTheCategoriesOfAQuestionBank() {
        let polish = "# Pytania rekrutacyjne\n\nLista pytań i tematów.\n\n### Core Java\n- Garbage Collectors\n- Co to jest JVM?\n- Sterta i stos\n- String buffer vs String builder\n\n### Spring\n- Logger\n- Czym jest Spring?\n- Rodzaje Beanów\n"
        #expect(lines(polish) == [6, 7, 8, 9, 12, 13, 14])
        let korean = "---\ntitle: \"신입 개발자 예상 면접 질문\"\n---\n\n## HTML/CSS\n\n<https://example.com/html-css.md>\n\n- <b>웹 표준이란?</b>\n- <b>레거시 코드</b>\n- <b>시멘틱 태그</b>\n"
        #expect(lines(korean) == [9, 10, 11])
        // The same lists on a page whose title names no questions: topics, not questions.
        #expect(lines(polish.replacingOccurrences(of: "# Pytania rekrutacyjne", with: "# Notatki z Javy")).isEmpty)
        #expect(lines(korean.replacingOccurrences(of: "예상 면접 질문", with: "공부 노트")).isEmpty)
        // A list that a sentence introduces, or under a heading that organizes, stays prose.
        let outcome = "# Kubernetes Interview Questions\n\n## Outcome\n\nAfter this section you will be able to:\n\n- Explain concepts with examples\n- Crack interviews\n- Answer questions confidently\n"
        #expect(lines(outcome).isEmpty)
        let references = "# Kubernetes Interview Questions\n\n## References\n\n- Kubernetes docs\n- What is a Pod? (blog post)\n- The Kubernetes book\n"
        #expect(lines(references).isEmpty)
    }

    /// Topics written one per line, each line broken by hand (two trailing spaces), under
    /// the categories of a bank of questions — titled so, or, untitled, named so by its file
    /// ("면접질문.md") — are its questions. Not lines joined by plain line ends (prose), nor
    /// lines that end sentences, nor on a page that names no questions.
    @Test func topicLinesBrokenByHandInABank() {
        let korean = "### 네트워크\nHTTP 프로토콜이란  \nGET과 POST 차이  \nOSI 7계층  \n\n---\n\n### 데이터베이스\nDBMS란  \n정규화  \n트리거란  \n"
        #expect(lines(korean, path: "interview/면접질문.md") == [2, 3, 4, 9, 10, 11])
        #expect(lines(korean, path: "interview/공부.md").isEmpty)
        let english = "# Interview Questions\n\n### Networking\nHTTP vs HTTPS  \nThe OSI model  \nTCP handshake  \n"
        #expect(lines(english) == [4, 5, 6])
        #expect(lines(english.replacingOccurrences(of: "  \n", with: "\n")).isEmpty)
        #expect(lines(english.replacingOccurrences(of: "# Interview Questions", with: "# Networking notes")).isEmpty)
        let prose = "# Interview Questions\n\n### Networking\nRead the RFC first.  \nThen the book.  \nThen practise.  \n"
        #expect(lines(prose).isEmpty)
    }

    /// A page titled otherwise ("# 每天看一次") in a file named as a bank of questions
    /// ("面试题.md") is a bank too: questions written one per line without markers, two thirds
    /// of them asking or setting a task ("手写promise", "说说你对事件循环的理解"), are its questions.
    /// Not in a file that names none, nor lines that mostly state.
    @Test func aBankNamedByItsFileUnderATitleOfItsOwn() {
        let chinese = "# 每天看一次\n\n## 1\n\n手写promise\n说说你对 Promise 的了解？\npromise 是否可以取消？\n实现 Promise.race 函数\n"
        #expect(lines(chinese, path: "面试题.md") == [5, 6, 7, 8])
        #expect(lines(chinese, path: "笔记.md").isEmpty)
        let english = "# Daily review\n\n## Day 1\n\nWhat is a closure?\nExplain hoisting.\nThe event loop has two queues.\n"
        #expect(lines(english, path: "docs/interview-questions.md") == [5, 6, 7])
        let notes = "# Daily review\n\n## Day 1\n\nClosures capture scope.\nHoisting moves declarations.\nWhat is a closure?\n"
        #expect(lines(notes, path: "docs/interview-questions.md").isEmpty)
    }

    /// Where an FAQ's entries are numbered ("## 1) O ColaboraPANC é apenas web?", or "### 11
    /// 启动程序出现…" without a mark), one heading among them without a number that does not
    /// ask is a note, not an entry ("## Nota de público"); one that asks is still an entry.
    @Test func aNoteAmongNumberedEntries() {
        let entries = (1...5).map { "## \($0)) A plataforma \($0) funciona offline?\nSim.\n\n" }.joined()
        let portuguese = "# FAQ\n\n## Nota de público\n\nEste FAQ é para usuários finais.\n\n" + entries
        #expect(lines(portuguese) == [7, 10, 13, 16, 19])
        #expect(lines(portuguese.replacingOccurrences(of: "## Nota de público", with: "## Quem pode usar?")).first == 3)
        let unmarked = "# FAQ\n\n## 说明\n\n一些说明。\n\n" + (1...4).map { "## \($0).程序 \($0) 的相关问题\n删除日志。\n\n" }.joined()
            + "## 5 启动程序出现 raise assertionerror()\n删除日志。\n"
        #expect(lines(unmarked) == [7, 10, 13, 16, 19])
    }

    /// Headings numbered through a whole bank, the numbering running on across the headings
    /// above them ("## Teamwork" over "### 2. Conflict Resolution", "## Problem Solving" over
    /// "### 4. …"), are its entries, and the two or three prompts each holds ("- Bạn đã giải
    /// quyết như thế nào?") part of them; numbered again from 1 in each part, they are
    /// categories over questions of their own.
    @Test func headingsNumberedThroughTheBank() {
        let sections = [("Teamwork", ["Conflict Resolution", "Collaboration"]), ("Problem Solving", ["Challenging Situation", "Mistakes"]),
                        ("Goals", ["Why This Company?", "Mentoring Others"])]
        let page = numberedThrough(sections, title: "# Behavioral Interview Questions\n\n", part: { "## \($0)\n\n" }) { number, topic in
            "### \(number). \(topic)\n\n- Kể về lần bạn gặp tình huống đó\n- Bạn đã giải quyết như thế nào?\n- Kết quả ra sao?\n\n"
        }
        let document = read(page)
        #expect(document.questions.map(\.text) == ["Conflict Resolution", "Collaboration", "Challenging Situation", "Mistakes", "Why This Company?", "Mentoring Others"])
        // Numbered anew in each part: categories, their lists the questions.
        var restarted = page
        for (old, new) in [("### 3. ", "### 1. "), ("### 4. ", "### 2. "), ("### 5. ", "### 1. "), ("### 6. ", "### 2. ")] {
            restarted = restarted.replacingOccurrences(of: old, with: new)
        }
        let categories = read(restarted)
        #expect(!categories.questions.contains { $0.text == "Conflict Resolution" })
        #expect(categories.questions.filter { $0.layout == .listItem }.count == 15)
    }

    /// Parts of a page that each end in a container labelled as the answer ("<summary>정답
    /// </summary>"), after a rule or the container before, three or more: each part's first
    /// paragraph is its question, whatever it says ("…설명하시오."), with what it shows (a
    /// list, code) as its prompt; a part of the same shape between rules with no container is
    /// a question left unanswered. Not containers whose summary is only repeated ("Same code
    /// with native fetch").
    @Test func partsEndingInAnAnswerContainer() {
        let answered = ["다음은 릴리즈 노트에 관한 설명이다. 무엇인가?\n- 이름, 버전, 날짜", "살충제 패러독스의 의미를 설명하시오.", "블랙박스 테스트 기법을 2가지 쓰시오.",
                        "반정규화란 무엇인지 쓰시오."]
        let parts = answered.map { "\($0)\n\n<details>\n<summary>정답</summary>\n- 답\n</details>\n\n---\n\n" }.joined()
        let korean = "# 기출 문제\n\n## 2020년 1회\n\n" + parts + "다음 코드의 실행 결과를 쓰시오.\n![code](c.png)\n\n---\n"
        let document = read(korean)
        #expect(document.questions.map(\.range.startLine) == [5, 15, 24, 33, 42])
        #expect(document.questions.map { $0.answer.isEmpty } == [false, false, false, false, true])
        let fetch = (1...3).map { "### Example \($0)\n\nCancel the request after a while.\n\n```js\napi.get(\($0))\n```\n\n"
            + "<details><summary>Same code with native <code>fetch</code></summary>\n\n```js\nfetch(\($0))\n```\n\n</details>\n\n" }.joined()
        #expect(read("# ya-fetch\n\n" + fetch).questions.isEmpty)
    }

    /// In a document none of whose headings asks, a handful of numbered headings (fewer than
    /// five) are the steps of a guide, whatever verb opens them ("### 1. Define Domain Events"
    /// under a README's "## Usage Guide"); five or more that set tasks are a bank's questions,
    /// and so are three where other headings ask.
    @Test func aHandfulOfNumberedStepsInAGuide() {
        let guide = "# ES-Lib\n\n## Installation\n\nnpm i es-lib\n\n## Usage Guide\n\n"
            + ["Define Domain Events", "Create Event-Sourced Aggregates", "Persist and Rehydrate Aggregates"].enumerated()
                .map { "### \($0.offset + 1). \($0.element)\n\n```ts\ncode()\n```\n\n" }.joined() + "## License\n\nMIT\n"
        #expect(lines(guide).isEmpty)
        let bank = "# Interview\n\n" + ["Define polymorphism", "Explain closures", "Describe the event loop", "Compare let and var", "Define hoisting"]
            .enumerated().map { "### \($0.offset + 1). \($0.element)\n\nAn answer.\n\n" }.joined()
        #expect(lines(bank) == [3, 7, 11, 15, 19])
        let asking = guide.replacingOccurrences(of: "## License", with: "## Why event sourcing?")
        #expect(lines(asking) == [9, 15, 21])
    }

    /// A part may open with a task set as a bullet ("- **برنامه ای بنویسید که …**") and show its
    /// sample input and output before the answer container ("<summary>پاسخ</summary>"): the
    /// bullet is the part's question, whatever it says.
    @Test func tasksSetAsBulletsOverAnAnswerContainer() {
        let answer = "<details>\n<summary>پاسخ</summary>\n\n```python\nprint(1)\n```\n\n</details>\n\n---\n\n"
        let samples = "input: (ورودی)\n```\nArash\n```\noutput: (خروجی)\n```\nHello Arash\n```\n\n"
        let persian = "# تمارین\n\n- **برنامه ای بنویسید که اسمتون رو چاپ کنه.**\n" + answer
            + "- **برنامه ای بنویسید که اسمتون رو از ورودی بگیره و بهتون سلام بده:**\n\n" + samples + answer
            + "- **برنامه ای بنویسید که دو عدد را جمع کند.**\n" + answer
        let document = read(persian)
        #expect(document.questions.map(\.range.startLine) == [3, 15, 37])
        #expect(document.questions.allSatisfy { !$0.answer.isEmpty })
        // Not under a summary that only repeats: no part ends in an answer.
        #expect(read(persian.replacingOccurrences(of: "<summary>پاسخ</summary>", with: "<summary>کد</summary>")).questions.isEmpty)
    }

    /// Arabic, Persian and Hindi: the Arabic question mark "؟" asks as "?" does; question and
    /// answer labels ("السؤال 1:", "**الإجابة:**", "प्रश्न 2:") and FAQ titles ("الأسئلة
    /// الشائعة", "سوالات متداول") are data of the vocabulary.
    @Test func rightToLeftMarksAndLabels() {
        #expect(QADocumentReader.isQuestionTitle("ما هو OOP؟ ولماذا نستخدمه؟"))
        #expect(QADocumentReader.isQuestionTitle("چرا پایتون؟"))
        #expect(!QADocumentReader.isQuestionTitle("نموذج برمجي"))
        #expect(QuestionPrefix.hasLabel("السؤال 1: ما هو التغليف"))
        #expect(QuestionPrefix.hasLabel("प्रश्न 2: पायथन क्या है"))
        #expect(ReadingVocabulary.isFAQTitle("الأسئلة الشائعة"))
        #expect(ReadingVocabulary.isFAQTitle("سوالات متداول"))
        let arabic = "# أسئلة مقابلات OOP\n\n" + ["ما هو التغليف", "ما هي الوراثة", "ما هو تعدد الأشكال"].enumerated()
            .map { "### \($0.offset + 1). \($0.element)\n\n**الإجابة:**\n\nشرح قصير.\n\n" }.joined()
        #expect(lines(arabic) == [3, 9, 15])
    }

    /// Numbered questions whose answer slots stand outside the item ("1. What is a
    /// function?", "  Your answer:", then "2. …"): each list goes on with the numbering of
    /// the question before it, so it is the next question, not a list the slot's label
    /// introduces. A list that starts again at 1 after a sentence with a colon is the
    /// answer's checklist.
    @Test func numberingGoesOnPastAnAnswerSlot() {
        let english = (1...3).map { "\($0). What is concept \($0)?\n\n  Your answer:\n\n  Researched answer:\n\n" }.joined()
        #expect(lines("# Practice Questions\n\n" + english) == [3, 9, 15])
        let spanish = ["¿Qué es una función?", "¿Qué es un objeto?", "¿Qué es una clase?"].enumerated()
            .map { "\($0.offset + 1). \($0.element)\n\n  Tu respuesta:\n\n" }.joined()
        #expect(lines("# Preguntas\n\n" + spanish) == [3, 7, 11])
        let checklist = "# FAQ\n\n1. How do I reset my password?\n\n  Check the following:\n\n1. Is your email confirmed?\n2. Is the link still valid?\n"
        #expect(lines(checklist) == [3])
        // The numbering goes on past a follow-up between: "3." is the next task, not a step.
        let korean = "# 면접질문\n\n1. this에 대해 설명해주세요.\n2. 클로저에 대해 설명해주세요.\n3. 콜백 함수에 대해 설명해주세요.\n\n- 콜백 지옥을 해결하는 방법을 설명해주세요.\n\n4. Promise와 Callback를 비교 설명해주세요.\n"
        #expect(lines(korean).contains(9))
        #expect(!lines(korean.replacingOccurrences(of: "\n4. Promise", with: "\n7. Promise")).contains(9))
    }

    /// A list numbered one after the last numbered question goes on with the questions,
    /// whatever its first item says ("4. Event loop" after "3. Promise là gì?" and an
    /// answer's "Ví dụ:"), and each item's own number counts: CommonMark reads "1.", "2.",
    /// "7." as one list, whose last question is 7, not 3. A list that starts again at 1
    /// after the colon is the answer's steps.
    @Test func numberingGoesOnWhateverTheNextItemSays() {
        func item(_ number: Int, _ text: String) -> String { "\(number). \(text)\n\n   Một câu trả lời ngắn.\n\n" }
        let questions = "# Câu hỏi phỏng vấn\n\n" + item(1, "Closure là gì?") + item(2, "Hoisting là gì?") + item(7, "Promise là gì?")
            + "Ví dụ:\n\n```js\nnew Promise(r => r(1))\n```\n\n"
        #expect(lines(questions + item(8, "Event loop") + item(9, "Callback hell")) == [3, 7, 11, 21, 25])
        #expect(lines(questions + item(4, "Event loop") + item(5, "Callback hell")) == [3, 7, 11])
        #expect(lines(questions + item(1, "Event loop") + item(2, "Callback hell")) == [3, 7, 11])
    }

    /// In a list of numbered questions, an item numbered lower than the question before it
    /// that does not ask is that answer's own list set too far out ("473. ### What are the
    /// array mutation methods?", "1. Mutating methods: …", "1. Non-mutating methods: …"), as
    /// cmark keeps them in one list; numbers that repeat ("1.", "1.", "1.") or ask stay
    /// questions.
    @Test func aLowerNumberAfterAQuestionIsItsAnswer() {
        let bank = """
            # JavaScript

            472. ### What is globalThis?

                 The global object in every environment.

            473. ### What are the array mutation methods?
                 Array methods fall into two groups:
            1. Mutating methods: these change the original array.
            1. Non-mutating methods: these return a new array.

            474. ### What is hoisting?

                 Declarations move up.
            """
        let document = read(bank)
        #expect(document.questions.map(\.range.startLine) == [3, 7, 12])
        #expect(document.questions[1].answer.range?.endLine == 10)
        #expect(lines(bank.replacingOccurrences(of: "1. Non-mutating methods: these return a new array.", with: "1. What is a pure array method?")).contains(10))
        #expect(lines("# Q\n\n1. What is a closure?\n1. What is a promise?\n1. What is hoisting?\n") == [3, 4, 5])
    }

    /// Each ordered item carries the number its marker writes, wherever the marker stands (in
    /// a quote, indented, after CRLF or lone CR line ends); a bullet carries none.
    @Test(arguments: ["1. a\n2. b\n13. c\n", "> 1. a\n> 2. b\n> 13. c\n", "- x\n\n  1. a\n  2. b\n  13. c\n",
                      "1. a\r\n2. b\r\n13. c\r\n", "1. a\r2. b\r13. c\r", "1) a\n2) b\n13) c\n"])
    func itemNumbersFromMarkers(_ markdown: String) {
        func items(_ block: MarkdownBlock) -> [MarkdownBlock] {
            if case .list(ordered: true, _) = block.kind { return block.children }
            return block.children.flatMap(items)
        }
        #expect(items(MarkdownParser.parse(markdown)).map(\.itemNumber) == [1, 2, 13])
        #expect(MarkdownParser.parse("- a\n- b\n").children[0].children.map(\.itemNumber) == [nil, nil])
    }

    /// Under an FAQ title with no headings below it, lines that ask written as plain or
    /// italic paragraphs, three or more, each followed by its answer, are its questions —
    /// also a question left on the last line of the answer before it (no blank line between).
    /// Not where the FAQ's questions are headings or bold, nor fewer than three.
    @Test func plainQuestionsOfAnFAQ() {
        let english = "# FAQ for Developers\n\nHow big can my team be?\n\nUp to seven members.\nWill the club be open overnight?\n\n"
            + "Yes, through the weekend.\n\nCan I be a mentor?\n\nContact the organizers.\n"
        let document = read(english)
        #expect(document.questions.map(\.range.startLine) == [3, 6, 10])
        #expect(document.questions.map(\.text) == ["How big can my team be?", "Will the club be open overnight?", "Can I be a mentor?"])
        #expect(document.questions.allSatisfy { !$0.answer.isEmpty && $0.evidence == .plainLine })
        // The answer a question runs on from ends on the line before it.
        #expect(document.questions.map { $0.answer.range?.endLine } == [5, 8, 12])
        let french = "# Projet\n\nDu texte.\n\n## Foire aux questions\n\n*Comment lancer les tests ?*\n\nAvec npm test.\n\n"
            + "*Où sont les images ?*\n\nSur le serveur.\n\n*Comment accéder à l'admin ?*\n\nVia /admin.\n"
        #expect(lines(french) == [7, 11, 15])
        // Two are too few; under headings, a question in an answer is the answer's.
        #expect(lines("# FAQ\n\nHow big can my team be?\n\nSeven.\n\nCan I be a mentor?\n\nYes.\n").isEmpty)
        let headed = "# FAQ\n\n## Teams\n\nHow big can my team be?\n\nSeven.\n\nCan I switch teams?\n\nYes.\n\nCan I be alone?\n\nYes.\n"
        #expect(!lines(headed).contains(5))
        let bold = "# FAQ\n\n**How big can my team be?** Seven.\n\n**Can I be a mentor?** Yes.\n\n**Is there food?** Yes.\n"
        #expect(read(bold).questions.allSatisfy { $0.evidence != .plainLine })
    }

    /// "Q." run on into a script written without spaces ("### Q.キースイッチが反応しない")
    /// labels a question, as "Q:" does; under "## 困ったときは", the troubleshooting section of a
    /// Japanese manual, headings are its entries, labelled or not.
    @Test func japaneseLabelsAndTroubleshootingTitles() {
        #expect(QuestionPrefix.hasLabel("Q.キースイッチが単体で反応しない"))
        #expect(!QuestionPrefix.hasLabel("Q.E.D."))
        let page = "# Lily58 Lite\n\n## ビルド\n\nはんだ付けします。\n\n## 困ったときは\n### 同梱品の部品が足りない\nA. ご連絡ください。\n\n"
            + "### Q.キースイッチが反応しない\nA.はんだ付けを確認してください。\n\n### キーの入力が止まる\nOLEDをオフにしてください。\n"
        #expect(lines(page) == [8, 11, 14])
    }

    /// A numbered label of a script written without spaces, then a space ("問題1 以下のコードの
    /// 実行結果として正しいものを選択しなさい。", "问题2 什么是闭包"), labels a question as "問題1：" does;
    /// without the number, or run on into the sentence, it labels nothing.
    @Test func numberedLabelsBeforeASpace() {
        let japanese = "問題1 以下のコードの実行結果として正しいものを選択しなさい。\n```ruby\np [1].size\n```\n\n1. 1\n2. エラーになる\n\n\n"
            + "問題2 以下のコードの実行結果として正しいものを選択しなさい。\n```ruby\np 1 + 1\n```\n\n1. 2\n2. 11\n"
        #expect(lines(japanese) == [1, 10])
        let chinese = "问题1 什么是闭包\n\n闭包是函数和其环境。\n\n问题2 如何避免内存泄漏\n\n及时释放引用。\n"
        #expect(lines(chinese) == [1, 5])
        #expect(lines(chinese.replacingOccurrences(of: "问题1 ", with: "问题1是")).count == 1)
        #expect(lines(chinese.replacingOccurrences(of: "问题1 ", with: "问题 ")).count == 1)
    }

    /// Under an FAQ's "Table of Contents", its sub-headings over links to the entries
    /// ("### Info", "### Misc") are parts of the contents, not entries; with them aside,
    /// where the entries are labelled ("### Q: …"), a heading without a label is a notice
    /// among them.
    @Test func headingsOverContentsAreNoEntries() {
        let asked = ["How do I install plugins?", "Why can't I find a plugin?", "How do I enable test builds?", "How do I reset windows?", "All my plugins stopped working"]
        let english = "# Dalamud FAQ\n\n## Table of Contents\n\n### Info\n\n" + asked.map { "- [\($0)](#q)\n" }.joined()
            + "\n### Misc\n\n- [Do not expect updates on patch day](#patch-day)\n\n---\n\n"
            + asked.map { "### Q: \($0)\n\nSome answer.\n\n" }.joined() + "### Do not expect updates on patch day\n\nDevelopers have jobs.\n"
        #expect(read(english).questions.map(\.text) == asked)
        let german = "# Häufige Fragen\n\n## Inhalt\n\n### Allgemein\n\n- [Installation schlägt fehl](#installation)\n- [Update hängt](#update)\n\n"
            + "### Installation schlägt fehl\n\nAls Administrator starten.\n\n### Update hängt\n\nNeu starten.\n"
        #expect(lines(german) == [10, 14])
    }

    /// A README's short list of bare questions that the paragraph after it answers at once
    /// is rhetorical; the same list with nothing after it is a list of questions.
    @Test func rhetoricalQuestionsInAREADME() {
        let list = "# htmx\n\n## motivation\n\n* Why should only `<a>` make HTTP requests?\n* Why should only `click` trigger them?\n* Why should only GET & POST be available?\n"
        let document = read(list + "\nBy removing these constraints htmx completes HTML.\n\n## quick start\n\nAdd the script.\n")
        #expect(document.questions.isEmpty)
        #expect(document.skipped.filter { $0.kind == .listInProse }.count == 3)
        #expect(lines(list).count == 3)
    }

    /// "- 01. What is inheritance?" is a list of one numbered 01 inside the item for
    /// Markdown; the question is its item.
    @Test func aNumberInsideABulletItem() {
        #expect(lines("## Java\n\n- 01. What is inheritance? `(herança)`\n> Herdar.\n- 02. What is a subclass?\n> Filha.\n") == [3, 5])
    }

    /// `??? "Title"` (the kind left out), `<details>` categories over `<details>` that ask,
    /// and headings labelled as problems.
    @Test func untypedAdmonitionsDetailsCategoriesAndProblemHeadings() {
        let admonitions = "# FAQ\n\n??? \"원격 서버에는 어떻게 연결하나요?\"\n    `connect()`를 쓰세요.\n\n??? \"어떤 버전을 지원하나요?\"\n    3.10 이상.\n"
        #expect(lines(admonitions) == [3, 6])
        let details = """
            <details open>
              <summary>자기소개/지원동기</summary>

              <details>
                <summary><b>1분 자기소개 해주세요.</b></summary>
                <p></p>
              </details>

              <details>
                <summary><b>왜 백엔드 개발자가 되고 싶으세요?</b></summary>
                <p></p>
              </details>
            </details>
            """
        #expect(lines(details) == [5, 10])
        let problems = "# Problémy\n\n## Ověřování\n\n### Problém: \"Nepodařilo se získat token\"\n\nZnovu se přihlaste.\n\n### Problém: Kolize názvů zdrojů\n\nZměňte název.\n"
        #expect(lines(problems) == [5, 9])
        #expect(lines("# API\n\n## Errors\n\n### Error: NotFound\n\nReturned when missing.\n").isEmpty)
    }

    /// MDX components with a title (`<Accordion title="…">`, `<ExpandableCard title="…">`)
    /// are questions when their own title asks; their body runs to the closing tag.
    @Test func titledComponents() {
        let document = read("""
            # FAQ

            <ExpandableCard title="Required reading">
            Read the docs.
            </ExpandableCard>

            <ExpandableCard title="Apa itu validator?">

            Seorang validator.

            </ExpandableCard>

            <Accordion title="Can I deposit more than 32 ETH?">
            Each key needs exactly 32.

            Do not put more.
            </Accordion>
            """)
        #expect(document.questions.map(\.range.startLine) == [7, 13])
        #expect(document.questions.map(\.answer.isEmpty) == [false, false])
        // One closes and the next opens with no blank line between.
        let run = read("""
            ## FAQ

            <FAQ>

            <Question title="Які є різні рішення?">

            Analog.

            </Question>
            <Question title="Скільки i18n додає?">

            Значно менше.

            </Question>
            <Question title="Чи можу я мігрувати?">

            Так.

            </Question>
            </FAQ>
            """)
        #expect(run.questions.map(\.range.startLine) == [5, 10, 15])
        #expect(run.questions.allSatisfy { !$0.answer.isEmpty })
    }

    /// Asking whether the reader has questions invites them: "Still have questions?",
    /// "Noch Fragen? Stelle sie …", "Остались вопросы?", and so does asking whether they found
    /// no answer ("Não encontrou sua resposta?") — but "Do you have any questions for us?" is
    /// a question an interview asks, and "What is the answer?" asks.
    @Test(arguments: ["Still have questions?", "Noch Fragen?", "Остались вопросы?", "More questions? Ask on Discord.",
                      "💬 Não encontrou sua resposta?", "💡 Tidak Menemukan Jawaban?", "Keine Antwort gefunden?",
                      "아직 질문이 있으신가요?", "질문이 있나요?", "Still cannot find an answer?"])
    func invitationsToAsk(_ text: String) {
        #expect(!QADocumentReader.isQuestionTitle(text))
    }

    /// Five words name an answer only at their end: "What if no one answers?" asks.
    @Test(arguments: ["What if no one answers?", "Where is the answer stored?", "What is the answer?"])
    func questionsNamingAnAnswerAsk(_ text: String) {
        #expect(QADocumentReader.isQuestionTitle(text))
    }

    /// A heading alone at its level holds no entries beside it, whatever it asks: the page's
    /// entries are the level of many ("## Cutting times are not accurate"), not the closing
    /// "# Where do I report a bug?".
    @Test func aQuestionAloneAtItsLevelLeavesTheEntriesToTheLevelOfMany() {
        let entry = { (title: String) in "## \(title)\n\nTry the other mode.\n" }
        let document = read("# Troubleshooting, known issues and limitations\n\n"
            + ["The exported video has a problem", "Cutting times are not accurate", "Start cut is ignored"].map(entry).joined(separator: "\n")
            + "\n# Where do I report a bug?\n\nOn the issue tracker.\n")
        #expect(document.questions.map(\.range.startLine) == [3, 7, 11, 15])
    }

    /// A Korean question that names a question only as one word among more is asked ("면접
    /// 질문에 어떻게 답해야 하나요?": how should I answer interview questions?).
    @Test(arguments: ["면접에서 자주 나오는 질문은 무엇인가요?", "질문 목록은 어디에 있나요?", "질문은 어떻게 하나요?"])
    func koreanQuestionsAboutQuestionsAsk(_ text: String) {
        #expect(QADocumentReader.isQuestionTitle(text))
    }

    /// Asking whether the reader needs help offers it: "Need more help?", "Hai bisogno di
    /// ulteriore assistenza? 📞", "需要帮助？" — but asking where to find help, or what a
    /// program supports, asks.
    @Test(arguments: ["Need more help?", "Still need help?", "Do you need more help?", "Benötigst du weitere Hilfe?",
                      "Hai bisogno di ulteriore assistenza? 📞", "¿Necesitas ayuda?", "Нужна помощь?", "需要帮助？"])
    func offersOfHelp(_ text: String) {
        #expect(!QADocumentReader.isQuestionTitle(text))
    }

    @Test(arguments: ["Where can I get help?", "Como obter ajuda?", "What browsers does Vue support?",
                      "Wann sollte ich den Support kontaktieren?", "How can I help?", "Why do I need support for IE?"])
    func askingForHelp(_ text: String) {
        #expect(QADocumentReader.isQuestionTitle(text))
    }

    @Test(arguments: ["What is the answer?", "¿Cuál es la respuesta?", "Какой ответ верный?", "Where are the answers?"])
    func askingForTheAnswer(_ text: String) {
        #expect(QADocumentReader.isQuestionTitle(text))
    }

    @Test func aTipsSectionAmongEntries() {
        #expect(lines("# General Troubleshooting\n\n#### General tips\n\nRestart.\n\n#### Clipboard fails\n\nReinstall.\n\n#### Keyboard does not work\n\nReplug.\n") == [7, 11])
        #expect(QADocumentReader.isQuestionTitle("Do you have any questions for us?"))
    }

    /// Entries divided by rules, each a list of one item with its answer under it: the items
    /// are the entries, asked or named, where a third of them ask.
    @Test func entriesDividedByRules() {
        let entries = ["Ключевое слово 'def':", "Что такое GIL?", "Кратко о TDD:", "Что такое MRO?", "Логические операторы:", "Для чего нужен pass?"]
        let document = "# Python\n\n" + entries.map { "***\n\n* \($0)\n\nОтвет.\n\n" }.joined()
        #expect(lines(document).count == 6)
        let notes = ["Install it:", "Configure it:", "Run it:", "Is it fast?"]
        #expect(lines("# Guide\n\n" + notes.map { "***\n\n* \($0)\n\nText.\n\n" }.joined()).count == 1)
    }

    /// Sibling headings that open with a question word are questions where they are more than
    /// half of four or more (and then the others with a body are entries too, as among
    /// headings that ask); half is not enough.
    @Test func mostSiblingsOpenWithAQuestionWord() {
        func doc(_ titles: [String]) -> String { "# CSS\n\n" + titles.map { "### \($0)\n\nText.\n\n" }.joined() }
        #expect(lines(doc(["display", "float가 어떻게 작동하는가", "PX, EM에 대해 설명하시오", "CSS 적용 우선순위", "padding과 margin의 차이가 무엇인가요"])).count == 5)
        #expect(lines(doc(["Why Vite", "Getting started", "What is Vite", "Browser support"])).isEmpty)
    }

    /// From blind batch 9: a page titled as troubleshooting with more first-level headings
    /// under its title, headings inside list items that do not ask, numbered problem labels,
    /// numbered step labels in bold, and tasks after a bold topic label.
    @Test func batchNineLayouts() {
        let page = "# インストール時のトラブルシューティング\n\n# インストールとビルド\n\n## ビルドが失敗する\n\nメモリを増やす。\n\n## redisに接続できない\n\n設定を見る。\n"
        #expect(lines(page) == [5, 9])
        // (The short Japanese form of the word too.)
        #expect(lines(page.replacingOccurrences(of: "インストール時のトラブルシューティング", with: "トラブルシュート")) == [5, 9])
        #expect(lines("# esbuild\n\n* #### JavaScript benchmark\n\n  Text.\n\n* #### TypeScript benchmark\n\n  Text.\n").isEmpty)
        #expect(ReadingVocabulary.opensWithProblemLabel("Sorun 1: Sayfa Açılmıyor"))
        #expect(lines("# Sorunlar\n\n## Sorun\n\n**1. İnternet Bağlantısını Kontrol Et:**\n\nKontrol et.\n\n**2. URL Adresini Kontrol Et:**\n\nBak.\n\n**3. Tarayıcıyı Yenile:**\n\nYenile.\n").isEmpty)
        let tasks = "## JavaScript\n\n1. **Throttle/Debounce:** Напишите реализацию `throttle` с нуля.\n2. **Deep Clone:** Напишите функцию глубокого клонирования.\n3. **Flatten Array:** Реализуйте функцию `flatten`.\n"
        #expect(lines(tasks) == [3, 4, 5])
    }

    /// A test of prompts as bold-labelled items: a scene, then the task ("**Lost Work:** A
    /// developer lost commits. Describe two ways to recover them."), and a label over nested
    /// questions ("* **Branching**" over two that ask) — the nested items are the questions.
    @Test func promptsAfterASceneAndTitlesOverNestedQuestions() {
        let scenes = "# Git test\n\n**Concepts**\n* What is Git?\n* What is a branch?\n\n**Forensics**\n"
            + "* **Lost Work:** A developer says they've lost commits. Describe two ways to recover them.\n"
            + "* **Vanishing Change:** A feature broke. Outline how you'd use `git bisect` to find why.\n"
            + "* **Hooks:** Hooks run on events. Explain a use for one.\n"
        #expect(lines(scenes) == [4, 5, 8, 9, 10])
        #expect(QuestionText.setsTaskAfterScene("Both can manage external code. Explain the key differences."))
        #expect(!QuestionText.setsTaskAfterScene("Explain the key differences."))
        #expect(!QuestionText.setsTaskAfterScene("Run the build. It fails. Then it passes."))
        let nested = "# Git test\n\n* What is staging?\n* **Branching**\n    * How do you list branches?\n"
            + "    * How do you create a branch?\n* How do you view the log?\n"
        #expect(lines(nested) == [3, 5, 6, 7])
        // An item that asks keeps its sub-questions as parts of it.
        let parts = "# Git test\n\n* What is staging?\n* How do you branch?\n    * How do you list branches?\n"
            + "    * How do you create a branch?\n* How do you view the log?\n"
        #expect(lines(parts) == [3, 4, 7])
    }

    /// Where a document writes its bold list questions with a question mark, a numbered
    /// list of bold items that do not ask is advice ("1. **具体的な数値を示す**"), not
    /// questions; where it does not, bold titles in a numbered list are questions.
    @Test func boldAdviceAmongBoldQuestions() {
        let asked = (1...6).map { "- **質問\($0)はどうですか？**\n  - 答え\($0)\n" }.joined(separator: "\n")
        let advice = "## 面接対策\n\n1. **「なぜ」を説明できるように**\n   - 技術選定の理由\n\n2. **具体的な数値を示す**\n   - テストカバレッジ\n\n3. **失敗談も準備**\n   - 誠実な態度\n"
        #expect(lines("# 想定質問\n\n" + asked + "\n" + advice).count == 6)
        let titles = "# Interview\n\n1. **Explain closures in your own words**\n   Text.\n2. **The event loop**\n   Text.\n3. **Hoisting**\n   Text.\n"
        #expect(lines(titles) == [3, 5, 7])
    }

    /// Where a document asks in headings, a numbered list of bold titles between its
    /// questions that neither ask nor open as questions is a section's points ("## Red
    /// Flags" over "1. **Não admite que não sabe**"); one that opens as a question stays.
    @Test func boldPointsBetweenHeadingQuestions() {
        for (title, points, asking) in [
            ("Perguntas de Entrevista", "## ⚠️ Red Flags\n\n1. **Não admite que não sabe**\n2. **Respostas decoradas**\n3. **Não testa código**\n",
             "## Comportamentais\n\n1. **Por que você quer trabalhar aqui**\n2. **Como você lida com prazos**\n3. **Fale sobre um conflito**\n"),
            ("Interview Questions", "## Red flags\n\n1. **Does not admit not knowing**\n2. **Memorized answers**\n3. **Never tests code**\n",
             "## Behavioural\n\n1. **Why do you want to work here**\n2. **How do you handle deadlines**\n3. **Tell me about a conflict**\n"),
        ] {
            let questions = "# \(title)\n\n" + (1...3).map { "### \($0). Question \($0)?\n\nAnswer \($0).\n\n" }.joined()
            #expect(lines(questions + points).count == 3, "\(title)")
            #expect(lines(questions + asking).count == 6, "\(title)")
        }
    }

    /// In a bank of heading questions without answers, a short list of questions under one of
    /// them is more questions; under an answered heading question it is the answer's
    /// checklist.
    @Test func aShortListOfQuestionsInABankOfHeadingQuestions() {
        let bank = (1...5).map { "#### ¿Qué es la cosa \($0)?\n" }.joined(separator: "\n")
        let list = "\n- ¿Prefieres usar un framework de CSS?\n- Explique qué es un preprocesador CSS.\n"
        #expect(lines("# CSS\n\n" + bank + list).count == 7)
        let answered = (1...5).map { "#### ¿Qué es la cosa \($0)?\n\nUna cosa.\n" }.joined(separator: "\n")
        #expect(lines("# CSS\n\n" + answered + list).count == 5)
    }

    /// A list of exercises: prompts over sub-questions ("1. Consider the matrix" over "- What
    /// does it denote?") and exercises set as tasks ("Show that…", "Give an example…") count
    /// with the items that ask; a link over asking links stays a table of contents.
    @Test func exercisesAsPromptsAndTasks() {
        let items = [
            "1. Consider the matrix $$A$$\n   - What does it remind you of?\n   - What does it denote?\n",
            "2. Show that $$(1,2,3)$$ and $$(4,5,6)$$ can manufacture $$(7,8,9)$$.\n",
            "3. Give an example of a function $$f$$.\n",
            "4. Is $$R^3$$ a vector space?\n",
            "5. Consider a unit circle.\n   - Is it a subspace?\n",
            "6. Note that a basis is a set.\n",
        ]
        #expect(lines("# Linear Algebra\n\n" + items.joined(separator: "\n")).count == 6)
        #expect(ReadingVocabulary.opensAsQuestion("Show that any basis has n elements."))
        let contents = "# CSS\n\n- [HTML](#html)\n  - [What is DOCTYPE?](#doctype)\n- [CSS](#css)\n  - [What is flex?](#flex)\n\n## HTML\n\nText.\n"
        #expect(lines(contents).isEmpty)
    }

    /// Hugo shortcodes that fold an answer under a title read as the `<details>` they render
    /// to, line for line; other shortcodes, and shortcodes in code, stay as they are.
    @Test func hugoFoldingShortcodes() {
        let page = """
            ## Course FAQs

            {{< details "1. May I email you my essay?" >}}

            > ### No.

            Come to office hours.

            {{< /details >}}

            {{% details title="Can I assume that delay is a non-negative integer?" open=true %}} Yes.
            {{% /details %}}

            {{< expand "How do I test my program?" >}}
            Start with a small example.
            {{< /expand >}}
            """
        #expect(lines(page) == [3, 11, 14])
        #expect(Shortcodes.asHTML("{{< figure src=\"a.png\" >}}") == "{{< figure src=\"a.png\" >}}")
        #expect(Shortcodes.asHTML("{{< details width=\"3\" title=\"Why?\" >}}x{{< /details >}}")
                == "<details><summary>Why?</summary>x</details>")
        let code = "```\n{{< details \"Why?\" >}}\n```\n"
        #expect(Shortcodes.asHTML(code) == code)
        #expect(Shortcodes.asHTML(page).split(separator: "\n", omittingEmptySubsequences: false).count
                == page.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    /// MkDocs content tabs (`=== "Tab"` over indented content) read as the Markdown they hold;
    /// a callout followed by the answer's prose is part of that answer, not an entry.
    @Test func contentTabsAndCalloutsInAnswers() {
        let page = """
            # Solución de Problemas

            === "Problemas de Acceso"

                ## No puedo iniciar sesión

                !!! warning "Posibles causas"
                    - Usuario incorrecto

                **Solución:**
                Revisa tus credenciales.

            === "Problemas de Módulos"

                ## No veo mis módulos

                !!! info "Causa probable"
                    No estás matriculado.

                Ve a **Enroll subjects**.
            """
        #expect(lines(page) == [5, 15])
        // Admonitions one after another, each followed by its answer admonition, stay entries.
        let entries = "# 常见问题\n\n::: warning 问题 1\n\n为什么打不开？\n\n:::\n\n::: tip 回答 1\n\n换浏览器。\n\n:::\n\n::: warning 问题 2\n\n为什么显示手机？\n\n:::\n\n::: tip 回答 2\n\n是翻译。\n\n:::\n"
        #expect(read(entries).questions.count == 2)
    }

    /// A question followed by a link to its answer on its line ("Generic là gì? [Trả
    /// lời](https://…)") asks; the link is its answer. Vietnamese sets tasks with "Phân
    /// biệt…", "Sự khác nhau giữa…".
    @Test func answerLinksAfterQuestions() {
        let list = "# Câu hỏi\n\n  + Lập trình hướng đối tượng là gì? [Trả lời](https://a.vn/1)\n  + Hỏi về collection Framework.[Trả lời](https://a.vn/2)\n"
            + "  + Phân biệt ArrayList , Linkedlist và Vector.\n  + Sự khác nhau giữa ArrayList và Array.[Trả lời](https://a.vn/3)\n"
            + "  + Generic là gì? Cho ví dụ minh hoạ? [Trả lời](https://a.vn/4)\n  + What is a closure? [Answer](closures.md)\n"
        let document = read(list)
        #expect(document.questions.count == 6)
        #expect(document.questions.first?.text == "Lập trình hướng đối tượng là gì?")
        #expect(document.questions.first.map { !$0.answer.isEmpty } == true)
        #expect(document.questions.last?.text == "What is a closure?")
    }

    /// A list of sections ("1.  ### Загальні" over the `<details>` of its questions, indented
    /// to the item) reads as headings and `<details>`; "1. ### What is Go?" over its answer
    /// stays a question in a list.
    @Test func listsOfSectionsAndQuestionHeadingsInLists() {
        let sections = """
            ## Junior

            1.  ### Загальні

                <details>
                <summary>1. Які методи HTTP-запитів ви знаєте?</summary>

                GET, POST.

                </details>

                <details>
                <summary>2. Які версії HTTP-протоколу вам відомі?</summary>
                </details>

            1.  ### JS Core

                <details>
                <summary>3. Що таке замикання?</summary>

                Функція з оточенням.

                </details>
            """
        let document = read(sections)
        #expect(document.questions.map(\.range.startLine) == [6, 13, 19])
        #expect(document.questions.map(\.answer.isEmpty) == [false, true, false])
        #expect(lines("# Go\n\n1. ### O que é Golang?\n\n   Uma linguagem.\n\n2. ### O que é GOPATH?\n\n   Uma pasta.\n") == [3, 7])
    }

    /// Headings written without the space after their `#`s and numbered ("###29.Ajax 是什么?",
    /// "###43.`.call()` 和 `.apply()` 的区别？") read as the headings their writer meant.
    @Test func unspacedNumberedHeadings() {
        let page = "# 面试\n\n###29.Ajax 是什么?\nA: 异步请求。\n\n###30.Ajax 解决浏览器缓存问题？\nA:\n\n###43.`.call()` 和 `.apply()` 的区别？\nA: 参数不同。\n"
        #expect(lines(page) == [3, 6, 9])
        #expect(lines("# Notes\n\n##2019 was a good year.\n\n##2020 too.\n").isEmpty)
    }

    /// Where a document labels its questions, a label on a later line of a paragraph ("Docker
    /// Interview Questions" then "Question: What is a Dockerfile?" with no blank line between)
    /// starts a question; alone, such a line stays part of its paragraph.
    @Test func aLabelledQuestionRunOnFromTheLineBefore() {
        let qa = { (n: Int) in "Question: What is thing \(n)?\nAnswer: Thing \(n) is a thing.\n" }
        let page = "Docker Interview Questions\n" + qa(1) + "\n" + qa(2) + "\n" + qa(3) + "\n" + qa(4) + "\nENTRYPOINT [\"java\"]\n" + qa(5)
        #expect(lines(page) == [2, 5, 8, 11, 15])
        #expect(lines("# Notes\n\nWe met today.\nQuestion: what next?\n").isEmpty)
    }

    /// Code never asks: a table of API methods with optional parameters
    /// ("`sdk.payments.list(filter?)`") is no table of questions, nor a paragraph under a
    /// heading that asks.
    @Test func codeNeverAsks() {
        let table = "| Метод | Описание |\n| --- | --- |\n| `sdk.payments.create(data, key?)` | Создать платёж |\n| `sdk.payments.list(filter?)` | Список платежей |\n| `sdk.payments.load(id)` | Получить платёж |\n"
        #expect(lines("# API\n\n## Платежи\n\n" + table).isEmpty)
        let questions = "| Question | Answer |\n| --- | --- |\n| What is `filter`? | A parameter. |\n| Why `key?` | Idempotence. |\n"
        #expect(lines("# FAQ\n\n" + questions).count == 2)
    }

    /// A raw HTML accordion: each toggle's text is a question, the panel it opens its answer
    /// (also after a blank line, where the rest of the markup turns into an indented code
    /// block); an "expand all" button and a navigation toggle are none.
    @Test func htmlAccordions() {
        let page = """
            # Vragen

            <button type="button" data-toggle="collapse" data-target=".general" class="btn">Alles openen</button>

            <div class="panel-group" id="accordion">
                <div class="panel-heading">
                    <a class="accordion-toggle" data-toggle="collapse" href="#collapseOne">
                    Hoe kan ik de regeling activeren?
                    </a>
                </div>
                <div id="collapseOne" class="panel-collapse collapse">
                    <div class="panel-body">Klik op de start knop.</div>
                </div>

                <div class="panel-heading">
                    <a class="accordion-toggle" data-toggle="collapse" href="#collapseTwo">
                        <div class="card-title">Ik ben mijn code kwijt. Wat kan ik doen?</div>
                    </a>
                </div>
                <div id="collapseTwo" class="panel-collapse collapse">
                </div>
            </div>
            """
        let document = read(page)
        #expect(document.questions.map(\.range.startLine) == [8, 17])
        #expect(document.questions.map(\.answer.isEmpty) == [false, true])
        let navigation = "# Site\n\n<nav>\n<button class=\"navbar-toggler\" data-toggle=\"collapse\" data-target=\"#nav\">\n<span class=\"icon\"></span>\n</button>\n<div id=\"nav\" class=\"collapse\"><a href=\"/\">Home</a></div>\n</nav>\n"
        #expect(lines(navigation).isEmpty)
    }

    /// A reading list (five or more items that are only a link, fewer than half of them
    /// asking) names articles, however a title is worded; a list of links that ask is an
    /// index of questions. A component's README titled by its code name is no FAQ.
    @Test func readingListsAndCodeNames() {
        let articles = ["理解 QPS、TPS、RT", "CAS实现SSO单点登录原理", "OAuth2.0 的四种授权方式", "如何排查系统的性能瓶颈点？", "Keepalived 虚拟IP技术", "apereo/cas"]
        let reading = "# Web\n\n" + articles.enumerated().map { "## 第\($0.offset)\n* [\($0.element)](https://example.com/\($0.offset))\n" }.joined(separator: "\n")
        #expect(lines(reading).isEmpty)
        let index = "# FAQ\n\n" + (1...5).map { "- [How do I do thing \($0)?](https://example.com/\($0))\n" }.joined()
        #expect(lines(index).count == 5)
        #expect(ReadingVocabulary.isCodeName("faq-accordion") && !ReadingVocabulary.isCodeName("FAQ-Bereich"))
        #expect(lines("# faq-accordion\n\n## Properties\n\n| a | b |\n|---|---|\n| x | y |\n\n## Events\n\nNone.\n").isEmpty)
        // (Under the title "FAQ" the same headings are entries — phrased, as one-word headings
        // under an FAQ title are its sections: `oneWordHeadingsUnderAnFAQTitleAreSections`.)
        #expect(lines("# FAQ\n\n## Setting properties\n\nSet them.\n\n## Listening to events\n\nNone.\n") == [3, 7])
    }

    /// A list of five or more questions that no sentence introduces ends the answer of the
    /// heading question above it; one that "Check the following:" introduces is part of it.
    @Test func aListOfQuestionsAfterAHeadingsAnswer() {
        let items = ["¿Qué es un closure?", "¿Qué es hoisting?", "¿Cómo funciona bind?", "¿Qué es AJAX?", "¿Qué es JSONP?"]
        let list = items.map { "* \($0)\n" }.joined()
        #expect(lines("# JS\n\n##### ¿Qué es un hashtable?\n\nUn objeto clave-valor.\n\n" + list).count == 6)
        #expect(lines("# JS\n\n##### ¿Qué es un hashtable?\n\nRevise lo siguiente:\n\n" + list).count == 1)
        // Tasks count with three or more items that ask.
        let tasks = ["Explique cómo funciona this.", "Explique la herencia.", "¿Cómo realiza pruebas?", "AMD vs. CommonJS?", "¿Qué bibliotecas ha usado?"]
        #expect(lines("# JS\n\n##### ¿Qué es un hashtable?\n\nUn objeto clave-valor.\n\n" + tasks.map { "* \($0)\n" }.joined()).count == 6)
    }

    /// Headings that open with a question word count with those that ask before a question
    /// mark among them is taken for a section title.
    @Test func wordedSiblingsKeepTheQuestionMarksAmongThem() {
        let titles = ["Po co się go stosuje?", "Klucze publiczne i prywatne", "Szyfrowanie asymetryczne",
                      "Z czego się składa adres IP?", "Co to jest maska podsieci", "Ile jest dostępnych adresów",
                      "Jak wyliczyć ilość adresów?"]
        let document = "# SIECI\n" + titles.map { "#### \($0)\n" }.joined()
        #expect(lines(document).count >= 5)
    }

    /// A question mark among categories of questions asks when its answer stands under it
    /// and it follows one of them; before them all it asks about the page; among plain
    /// section titles it titles a section.
    @Test func aQuestionAtTheLevelOfCategories() {
        let category = { (name: String) in "## \(name)\n\n### Warum lädt die Seite nicht?\n\nCache leeren.\n\n### Wie melde ich mich an?\n\nMit E-Mail.\n\n" }
        let page = "# Hilfe\n\n## Wozu dient diese Seite?\n\nSie hilft.\n\n" + category("Portal") + category("App")
            + "## Tipps\n\nRuhe bewahren.\n\n" + "## Wann sollte ich den Support kontaktieren?\n\nBei Datenverlust.\n"
        #expect(lines(page) == [9, 13, 19, 23, 31])
        let readme = "# Tool\n\n## Installation\n\nnpm i.\n\n## Nutzung\n\nStarten.\n\n## Wie kann ich helfen?\n\nPRs.\n\n## Lizenz\n\nMIT.\n"
        #expect(lines(readme).isEmpty)
    }

    /// A page without a title of its own is titled by its file name: "docs/tr/faq.md" is an
    /// FAQ, and its headings with a body are its entries, statements too; a page whose first
    /// heading titles it otherwise is not.
    @Test func aFileNamedFAQ() {
        let entries = "#### Bildirim geçmişi kaydedilemiyor\nYeniden başlatın.\n\n#### Otomatik kopyalama hatası\niOS 14.5 sonrası.\n\n"
            + "#### API POST destekliyor mu?\nEvet.\n\n#### Özel karakterler boşluğa dönüşüyor\nURL kodlayın.\n"
        #expect(lines(entries, path: "docs/tr/faq.md") == [1, 4, 7, 10])
        #expect(lines(entries, path: "docs/faq/index.md") == [1, 4, 7, 10])
        #expect(lines(entries, path: "docs/how-to/troubleshoot.md") == [1, 4, 7, 10])
        #expect(lines(entries, path: "docs/tr/usage.md").count < 4)
        #expect(lines("# Kullanım\n\n" + entries, path: "docs/tr/faq.md").count < 4)
    }

    /// In an FAQ, a heading that does not ask and has nothing of its own above its
    /// sub-headings is a category: its sub-headings are the entries. One that asks has its
    /// answer in parts.
    @Test func categoriesInsideAnFAQ() {
        let document = """
            # FAQ

            ### Rockerが起動しません。

            再インストールしてください。

            ### ROS

            #### パッケージの実行時にエラーが起きます。

            ビルドし直してください。

            #### AWSIMの動作が安定しません。

            GPUを確認してください。

            ### 地図の状態は何がありますか？

            #### 公開

            誰でも見られます。

            #### 非公開

            自分だけです。
            """
        #expect(lines(document) == [3, 9, 13, 17])
    }

    /// An FAQ that quotes each question ("> ¿Es necesario saber inglés?") and answers it in
    /// the paragraphs below: three or more quotes that ask, most of the document's quotes.
    /// Quotes that note or cite, or a quote with nothing after it, are no questions.
    @Test func quotedQuestions() {
        let document = """
            FAQ
            ===

            > ¿Entregarán certificados?

            No tendrían validez académica.

            <blockquote id="datitos">
              <p>¿Qué es Datitos?</p>
            </blockquote>

            Un grupo de científicxs de datos.

            > El libro usa TensorFlow, PyTorch y MXNet.
            ¿Hay alguna preferencia?

            PyTorch.

            > ¿Es necesario saber inglés?

            Cierto nivel, sí.
            """
        #expect(lines(document) == [4, 9, 14, 19])
        let notes = "# Guía\n\n> Nota: requiere Node 18.\n\nInstale.\n\n> ¿Por qué Node?\n\nPorque sí.\n\n> Consejo: use npm.\n\nListo.\n"
        #expect(lines(notes).isEmpty)
    }

    /// Questions worded without a question mark, two or three under each category: the
    /// level is judged as a whole, where most of its headings ask or open as questions.
    @Test func wordedQuestionsInSmallCategories() {
        let document = """
            ## 객체

            ### this에 대해 설명해주세요 (⭐)

            ### 생성자 함수에 대해 설명해주세요

            ## 함수

            ### 클로저에 대해 설명해주세요

            ### 호이스팅이 왜 발생하나요?

            ## 이벤트

            ### 이벤트 위임에 대해서 설명해주세요
            """
        #expect(lines(document) == [3, 5, 9, 11, 15])
        // One worded heading is enough where two thirds of the others ask.
        let mostlyAsking = "# 测试策略\n\n## 如何保证线上质量？\n\n答。\n\n## 测试环境如何保持一致？\n\n答。\n\n# 过程改进\n\n## 怎么提高效率？\n\n答。\n\n"
            + "# 流程规范\n\n## 说下公司的研发流程\n\n答。\n\n## 说下上个公司的测试流程？\n\n答。\n"
        #expect(lines(mostlyAsking).count == 5)
    }

    /// Where the questions are labelled paragraphs ("**Q: …**" over "**A:** …", three or
    /// more), a numbered list of bold titles that neither ask nor open as questions is a
    /// section's steps ("## Quick Fixes"), not more entries; with two labelled questions,
    /// too few to set the convention, it reads as before.
    @Test func boldStepsBesideLabelledQuestions() {
        func page(_ count: Int) -> String {
            "# Troubleshooting\n\n## Common symptoms\n\n"
                + (1...count).map { "**Q: Symptom number \($0) shows up**  \n**A:** Toggle option \($0).\n\n" }.joined()
                + "## Quick fixes\n\n1. **Check required mod versions**\n\n   Match the versions.\n\n"
                + "2. **Mod order**\n\n   Load it last.\n\n3. **Clear the cache**\n\n   Delete the folder.\n"
        }
        #expect(lines(page(3)) == [5, 8, 11])
        #expect(lines(page(2)).count > 2)
    }

    /// In an FAQ whose entries are headings, a kind of admonition written mostly without a
    /// title (`!!! warning ""` holding each answer) is a callout: the two of them titled with
    /// a remark are not entries with empty answers. Titled more often than not, and titled
    /// differently, it holds the FAQ's entries.
    @Test func untitledAdmonitionsAreCallouts() {
        func faq(_ answerTitle: String) -> String {
            "# FAQ\n\n### 部署方式\n\n!!! warning \"\(answerTitle)\"\n    在线和离线两种。\n\n"
                + "!!! warning \"支持情况取决于所选择的存储\"\n\n### 推荐配置\n\n!!! warning \"\(answerTitle)\"\n    四核八 G。\n\n"
                + "### 访问故障\n\n!!! warning \"\(answerTitle)\"\n    检查证书。\n\n!!! warning \"externalURL 一定要和实际访问的 URL 一致\"\n"
        }
        #expect(lines(faq("")) == [3, 10, 15])
        #expect(lines(faq("说明")).count > 3)
    }

    /// In an FAQ, admonitions that all bear one title (":::caution[Achtung]") are warnings
    /// inside answers, not entries; an entry heading that holds bold questions of its own is
    /// their category (a checklist of short questions in an answer is not).
    @Test func warningsAndCategoriesInsideAnFAQ() {
        let document = """
            # FAQ

            ### Wie sichere ich die Konfiguration?

            Unter Konfiguration.

            :::caution[Achtung]
            Passwortgeschützt.
            :::

            ### Wie setze ich sie zurück?

            Einzeln löschen.

            :::caution[Achtung]
            Alles neu konfigurieren.
            :::

            ### Telemetry & Community Daten

            Wir zeigen aggregierte Daten.

            **Wie kann ich teilnehmen?**

            Mit einem Sponsor Token.

            **Was passiert mit den Daten?**

            Wir speichern sie aggregiert.

            ### Kalender synchronisiert nicht

            Prüfen Sie:

            - Synchronisation aktiv?
            - Richtiges Konto?

            ### App stürzt ab

            Neu installieren.
            """
        #expect(lines(document) == [3, 11, 23, 27, 31, 38])
    }

    /// Where bold paragraphs alone mostly ask, a bold statement after the first of them with
    /// something under it is an entry too; one before them all introduces the page. A list
    /// right after a question is its answer, even where half of its items ask.
    @Test func boldStatementsAmongBoldQuestions() {
        let document = """
            ### HTML

            **Learn how the web works.**

            Intro.

            **webSocket如何兼容低浏览器？**

            - Flash Socket

            **页面可见性可以有哪些用途？**

            - 检测页面当前是否可见
            - 自动暂停音乐

            **实现不使用 border 画出1px高的线**

            ```
            <div style="height:1px"></div>
            ```

            **如何实现一个圆形的可点击区域？**

            - border-radius
            """
        #expect(lines(document) == [7, 11, 16, 22])
    }

    /// A list of categories, each a line over a list of questions of its own: the nested
    /// items are the questions, the categories are skipped as such; an outline whose nested
    /// items do not ask is no list of questions.
    @Test func questionsNestedUnderCategoryItems() {
        let document = """
            Interview questions:

            - (from: https://www.toptal.com/go/interview-questions)
               - Why would you use an empty struct{}?
               - How do you swap two values?
               - How do you copy a slice?
            - (from: https://github.com/example/go)
               - What is a goroutine?
               - Explain channels.
            """
        let read = read(document)
        #expect(read.questions.map(\.range.startLine) == [4, 5, 6, 8, 9])
        #expect(read.skipped.filter { $0.kind == .category }.map(\.line) == [3, 7])
        let outline = "# Notes\n\n- Setup\n   - Install Go\n   - Set GOPATH\n- Usage\n   - Run it\n   - Test it\n"
        #expect(lines(outline).isEmpty)
    }

    /// `??? "Getting Started"` folding `??? question "…"` admonitions away is their
    /// category: the questions inside are read, at their own lines.
    @Test func admonitionCategoriesFoldQuestionsAway() {
        let document = """
            # Frequently Asked Questions

            ??? "Getting Started"

                ??? question "What do I need to install?"
                    See the guide.

                ??? question "What are good first projects?"
                    The tutorial.

            ??? "Community"

                ??? question "How do I contribute?"
                    Read the contributing guide.
            """
        #expect(lines(document) == [5, 8, 13])
    }

    /// An answer label after a list of questions answers its last item, not the heading
    /// above the list ("## Django" is a section); "Odp:" labels answers in Polish.
    @Test func aLabelAfterAListOfQuestionsIsNotTheHeadingsAnswer() {
        let document = """
            ## Django

            1. Distinct w Django model

            1. Django middleware - czym jest
               Odp: Kawałek kodu.

            1. Czy migrate potrzebuje bazy danych?\\
                Odp: Tak.

            1. Różnica między Django a FastAPI

              Odp: Jak wyżej.
            """
        #expect(lines(document) == [3, 5, 8, 11])
    }

    /// Under a title of tips ("## 🎯 Dicas Pro") the headings are tips, not FAQ entries, unless
    /// they ask; under "Preguntas generales" they are entries. A contents list of empty links
    /// (`[Q23: …]()`, the page itself) is a table of contents.
    @Test func tipsSectionsAndEmptyLinkContents() {
        let faq = """
            # FAQ

            ## Uso

            ### O robô não responde

            Reinicie.

            ### A conta foi bloqueada

            Contate o suporte.

            ## 🎯 Dicas Pro

            ### Otimize seu prompt

            Seja claro.

            ### Posso usar em grupo?

            Sim.
            """
        #expect(lines(faq) == [5, 9, 19])
        // So are debugging recipes.
        let debugging = "# Troubleshooting\n\n### Review не з'являється\n\nПеревірте токен.\n\n### Review занадто повільний\n\nЗменште diff.\n\n"
            + "## Debugging\n\n### Увімкнути verbose логи\n\nLOG_LEVEL=debug\n\n### Тестовий запуск API\n\ncurl …\n"
        #expect(lines(debugging) == [3, 7])
        let contents = "# Deep Learning\n\n* [Q1: What is a transformer?]()\n* [Q2: What is attention?]()\n* [Q3: What is BERT?]()\n\n"
            + "## Q1: What is a transformer?\n\nA model.\n\n## Q2: What is attention?\n\nWeights.\n\n## Q3: What is BERT?\n\nAn encoder.\n"
        #expect(lines(contents) == [7, 11, 15])
    }

    /// A reference that asks nothing: two numbered bold steps, numbered endpoint headings,
    /// and an answer label ("**Odpowiedź:**", the response) after another labelled part are
    /// no questions. Numbered headings where questions are asked elsewhere still are.
    @Test func aReferenceThatAsksNothing() {
        let endpoint = { (n: Int) in "### **\(n). Pobierz urządzenie \(n)**\n**GET /devices/\(n)**\n\n**Nagłówki:**\n\n```\nAuthorization: Bearer\n```\n\n**Odpowiedź:**\n\n```json\n{}\n```\n\n" }
        let reference = "# HydraPet\n\n## Konfiguracja\n\n1. **Klonowanie repozytorium**\n   ```\n   git clone x\n   ```\n2. **Uruchomienie projektu**\n   ```\n   npm start\n   ```\n\n## Endpointy\n\n"
            + (1...3).map(endpoint).joined()
        #expect(lines(reference).isEmpty)
        // Under an FAQ title, bold numbered items are its entries, however few and worded.
        let faq = "# FAQ\n\n1. **Come chiedo aiuto.**\n\nCon una issue.\n\n2. **Come scrivo una ricetta.**\n\nCon il template.\n"
        #expect(lines(faq) == [3, 7])
        let interview = "# Go\n\n## Basics\n\n### 1. Goroutines\n\nLight threads.\n\n### 2. Channels\n\nPipes.\n\n### 3. Select\n\nWaits.\n\n## Other\n\n### What is a slice?\n\nA view.\n"
        #expect(lines(interview).count == 4)
    }

    /// Where a list's questions are labelled, an item without a label that does not ask
    /// belongs to the question before it (an item set one level too far out).
    @Test func anUnlabelledItemAmongLabelledQuestions() {
        let document = """
            # Quiz

            - Question: How many types of lists are in Markdown?
              - Answer: 2
            - Question: What is the purpose of Markdown?
              - Answer: To write formatted text.
            - Choices: To write formatted text; To replace HTML
            - Question: Who developed Markdown?
              - Answer: John Gruber
            """
        #expect(lines(document) == [3, 5, 8])
    }

    /// A question label repeated over each question ("### 题目"), with no number, titles the
    /// question written in the paragraph under it; its answer is the container after.
    @Test func aRepeatedLabelOverEachQuestion() {
        let question = { (n: Int, text: String) in
            "## 第 \(n) 题\n\n### 题目\n\n\(text)\n\n- A. 一\n- B. 二\n\n<details>\n<summary>查看答案</summary>\n\n答案：B\n\n</details>\n\n"
        }
        let document = "# 面试题\n\n" + question(1, "`mix-blend-mode` 的作用是？") + question(2, "`isolation: isolate` 可以创建新的层叠上下文。")
            + question(3, "混合模式包括哪些类型？")
        let read = read(document)
        #expect(read.questions.map(\.text) == ["mix-blend-mode 的作用是？", "isolation: isolate 可以创建新的层叠上下文。", "混合模式包括哪些类型？"])
        #expect(read.questions.allSatisfy { !$0.answer.isEmpty })
    }

    /// On a troubleshooting page, titled MDX components are its entries whatever their titles
    /// say, the first one too where a group without a title wraps it ("<AccordionGroup>").
    @Test func accordionEntriesOfATroubleshootingPage() {
        let document = """
            # Fehlerbehebung

            <AccordionGroup>
              <Accordion title="Keine Antworten">
                Prüfen Sie den Status.
              </Accordion>

              <Accordion title="Browser-Werkzeug schlägt fehl">
                Starten Sie den Browser neu.
              </Accordion>
            </AccordionGroup>
            """
        #expect(lines(document) == [4, 8])
        let guide = document.replacingOccurrences(of: "# Fehlerbehebung", with: "# Installation")
        #expect(lines(guide).isEmpty)
    }

    /// `</details> <details>` on one line closes one and opens the next; under an FAQ title a
    /// `<details>` is an entry whatever its summary says, unless it organizes the page.
    @Test func detailsClosedAndOpenedOnOneLineUnderAnFAQTitle() {
        let document = """
            ## Поширені проблеми

            <details>
            <summary>
            Стикнулись з Windows Defender?
            </summary>

            Натисніть «Виконати все одно».

            </details> <details>
            <summary>
            Мого улюбленого інсталятора тут немає.
            </summary>

            Створіть тікет.

            </details> <details>
            <summary>
            Table of contents
            </summary>

            1. TOC
            </details>
            """
        #expect(lines(document) == [4, 11])
    }

    /// Bold labels ending in a colon ("- **Come funziona:**") introduce what follows, even
    /// where they open with a question word; a task after a bold label still asks.
    @Test func boldLabelsThatOpenWithAQuestionWord() {
        let questions = "# FAQ\n\n" + (1...5).map { "1. Perché il suono \($0) è bloccato?\n" }.joined()
        let labels = "\n## Dettagli\n\n- **Come funziona:**\n  Suona un tono.\n- **Cosa puoi notare:**\n  Un ronzio.\n- **Quando usarlo:**\n  Sempre.\n"
        #expect(lines(questions + labels).count == 5)
    }

    /// A heading repeated three times is a label ("Example") unless it asks: "分析以下代码"
    /// over each snippet is asked again and again.
    @Test func aQuestionAskedAgainIsNoLabel() {
        let snippet = "## 分析以下代码\n\n```java\nint a = 1;\n```\n\n第一行不会报错。\n\n"
        let document = "# Java\n\n## 运算符优先级?\n\n看表。\n\n" + String(repeating: snippet, count: 3)
        #expect(lines(document).count == 4)
    }

    /// Numbered headings that do not ask, each over a question heading of its own, are
    /// categories — even over a single one (a troubleshooting guide's "### 3. Proving
    /// Parameters Issues" over one "#### Problem: …").
    @Test func numberedCategoriesOverOneQuestionHeading() {
        let headings = [
            "# NozyWallet Troubleshooting Guide",
            "## Quick Reference",
            "## Common Issues and Solutions",
            "### 1. Zebra Connection Issues",
            "#### Problem: \"Zebra connection failed\" or \"Connection failed to http://127.0.0.1:8232: Is Zebra running?\"",
            "#### Problem: \"Request timeout to http://127.0.0.1:8232. The node may be slow or overloaded.\"",
            "#### Problem: \"Invalid JSON response from http://127.0.0.1:8232\" or \"RPC error\"",
            "#### Problem: \"HTTP error 404\" or \"HTTP error 500\" from Zebra",
            "### 2. Wallet Issues",
            "#### Problem: \"No wallet found\" or \"Wallet load failed\"",
            "#### Problem: \"Invalid password\" or \"Password verification failed\"",
            "### 3. Proving Parameters Issues",
            "#### Problem: \"Proving parameters not found\" or \"Cannot prove\"",
            "### 4. Transaction Issues",
            "#### Problem: \"Insufficient funds\" or \"Transaction build failed\"",
            "#### Problem: \"Invalid address format\" or \"Address parsing failed\" or \"Invalid recipient address\"",
            "### 5. Note Scanning Issues",
            "#### Problem: \"No notes found\" or \"Scan failed\"",
            "## Debug Mode",
            "### Enable Debug Logging",
            "## Getting Help",
        ]
        let document = read(headings.map { "\($0)\n\nText.\n" }.joined(separator: "\n"))
        #expect(document.questions.count == 10)
        #expect(document.questions.allSatisfy { $0.text.hasPrefix("Problem") })
    }

    @Test func aTutorialsHowToHeadingsAreNotQuestions() {
        let document = read("""
            # Guide

            ## How to install

            Run the installer.

            ## How to configure

            Edit the file.

            ## How to upgrade

            Run it again.

            ## Usage

            Call it.
            """)
        #expect(document.questions.isEmpty)
    }

    @Test func statementsBesideUnansweredQuestionsAreEntries() {
        let document = read("""
            # What is HTML?
            # What is CSS?
            # Semantic elements and what they give.
            # What is the DOM?
            # https://example.com/reading
            """)
        #expect(document.questions.map(\.range.startLine) == [1, 2, 3, 4])
    }

    @Test func boldLeadInsUnderAnFAQTitleAreEntries() {
        let document = read("""
            # scanip

            ## Häufige Fragen

            **Das Fenster ist leer.** Ein altes Tk zeichnet nichts.

            **Ein Gerät zeigt keinen Namen.** Nicht jedes Gerät verrät einen.

            **Der Scan ist langsam.** Mit `--fast` geht es schneller.

            **Hinweis:** kein Eintrag, ein Etikett.
            """)
        #expect(document.questions.map(\.text) == ["Das Fenster ist leer.", "Ein Gerät zeigt keinen Namen.", "Der Scan ist langsam."])
        #expect(document.questions.allSatisfy { $0.evidence == .faqEntry && !$0.answer.isEmpty })
    }

    /// Among an FAQ's paragraphs, a bold link alone ("**[⬆ Back to Top](#table-of-contents)**")
    /// is navigation, and bold leads labelled alike but for a number ("**Example 1: this in a
    /// Global Context**", "**Beispiel 2: …**") are the numbered parts of an answer — while
    /// numbered question and problem labels ("**Q1: …**", "**Sorun 2: …**") stay entries.
    @Test func boldLeadsThatAreNavigationOrNumberedParts() {
        let back = "**[⬆ Back to Top](#table-of-contents)**\n\n"
        let english = "# Questions and Answers\n\n" + back + ["Global Context", "a Function", "a Method", "an Event Handler"].enumerated()
            .map { "**Example \($0.offset + 1): this in \($0.element)**\n\n```js\nconsole.log(this)\n```\n\n" + back }.joined()
        #expect(read(english).questions.isEmpty)
        let german = "# Häufige Fragen\n\n" + (1...3).map { "**Beispiel \($0): Der Scan ist langsam.** Mit `--fast` geht es schneller.\n\n" }.joined()
        #expect(read(german).questions.isEmpty)
        let labelled = "# FAQ\n\n" + (1...3).map { "**Q\($0): Is the scan \($0) slow?** Use `--fast`.\n\n" }.joined()
        #expect(lines(labelled) == [3, 5, 7])
        let problems = "# Sık Sorulan Sorular\n\n" + (1...3).map { "**Sorun \($0): Sayfa \($0) açılmıyor.** Önbelleği temizleyin.\n\n" }.joined()
        #expect(lines(problems) == [3, 5, 7])
    }

    /// Under an FAQ title, headings over entries that open with a bold sentence are the FAQ's
    /// categories, and the entries are its questions ("## Start und Installation" over
    /// "**Windows fragt nach der Firewall-Freigabe.**↵answer"); a heading whose answer only
    /// has a bold lead or two stays an entry.
    @Test func headingsOverBoldLeadInsAreCategories() {
        let entries = { (names: [String]) in names.map { "**\($0)**\nDie Antwort darauf.\n" }.joined(separator: "\n") }
        let german = "# Häufige Fragen\n\n## Start und Installation\n\n" + entries(["Windows meldet einen Fehler.", "Der Mac sagt nein.", "Windows fragt nach der Firewall."])
            + "\n## Lesen\n\n" + entries(["Ein Wort ist rot.", "Das Buch ist in Antiqua.", "Wie sichere ich meine Arbeit?"])
        #expect(lines(german) == [5, 8, 11, 16, 19, 22])
        let english = "# FAQ\n\n## Setup\n\n" + entries(["The window is empty.", "The scan is slow.", "No device shows a name."])
            + "\n## Usage\n\n" + entries(["A word is red.", "The export fails.", "Can I share a book?"])
        #expect(lines(english) == [5, 8, 11, 16, 19, 22])
        let answers = "# FAQ\n\n## The installer fails\n\n**On Windows.** Run it as administrator.\n\nOr reboot.\n\n## The scan is slow\n\nUse `--fast`.\n"
        #expect(lines(answers) == [3, 9])
    }

    /// Under an FAQ title ("Pułapki i rozwiązywanie problemów", "Częste pytania"), categories
    /// holding one or two entries that open with a bold sentence each, three or more in all,
    /// are categories too, and their entries the questions.
    @Test func categoriesOfOneOrTwoBoldEntries() {
        let polish = """
            # Pułapki i rozwiązywanie problemów

            ## Procesy

            **`pkill -x` nie trafi w długi proces.** Tyle jądro trzyma w `comm`.

            **`pgrep -f` trafia w samą powłokę**, bo jej wiersz poleceń zawiera wzorzec.

            ## Kroje

            **Pango gubi „ł” w kapitalikach.** Waybar rysuje tekst Pangiem.

            **Cyfry nautyczne wymagają `lnum`.** Bez tej cechy cyfry są starodawne.

            ## Powłoka

            **Bateria nie wysyła zdarzeń inotify.** HUD czyta baterię co 10 s.
            """
        #expect(lines(polish) == [5, 7, 11, 13, 17])
        #expect(lines(polish.replacingOccurrences(of: "# Pułapki i rozwiązywanie problemów", with: "# Częste pytania")) == [5, 7, 11, 13, 17])
        // Not under a title that is no FAQ's.
        #expect(lines(polish.replacingOccurrences(of: "# Pułapki i rozwiązywanie problemów", with: "# Notatki")).isEmpty)
    }

    @Test func detailsThatFoldAwayLinksAreAnIndex() {
        let toggle = { (name: String) in "<details>\n  <summary>\(name)</summary>\n  <ul>\n    <li><a href=\"./\(name).md\">\(name)</a></li>\n  </ul>\n</details>\n" }
        let document = read(["Stack", "Queue", "What is a heap?", "Deque"].map(toggle).joined(separator: "\n"))
        #expect(document.questions.isEmpty)
        #expect(document.skipped.filter { $0.kind == .linkIndex }.count == 4)
    }

    @Test func aDetailsRightUnderAQuestionHeadingHoldsItsAnswer() {
        let document = read("""
            #### Q. What is GC?
            <details>
              <summary>토글</summary>

              Garbage collection frees memory.
            </details>

            #### Q. What is a heap?
            <details>
              <summary>답변</summary>

              A tree.
            </details>
            """)
        #expect(document.questions.map(\.text) == ["What is GC?", "What is a heap?"])
        #expect(!document.questions[0].answer.isEmpty)
    }

    @Test func aQuestionTitleOverQuestionsTitlesThem() {
        let document = read("""
            # 面接でよく聞かれる内容とは？準備すべき質問を解説

            ## 質問

            ### 1. あなたの強みは何ですか？

            誠実さ。

            ### 2. なぜ転職を考えていますか？

            成長のため。

            ### 3. 最後に何か質問はありますか？

            あります。
            """)
        #expect(document.questions.map(\.range.startLine) == [5, 9, 13])
    }

    @Test func aREADMEsSectionsBeforeItsFAQAreNotEntries() {
        let document = read("""
            # Tool

            ## How does it work?

            Magic.

            ## Setting up

            Clone it.

            ## FAQ

            ## Where do files go?

            In /source.

            ## How do I test?

            Run the tests.

            ## Can I use it offline?

            Yes.

            ## References

            ### CMake

            The docs.
            """)
        #expect(document.questions.map(\.range.startLine) == [3, 13, 17, 21])
    }

    @Test func numberedHeadingsOverListsOfQuestionsAreCategories() {
        let document = read("""
            # 200 pytań

            ## 1. O Tobie
            1. Opowiedz coś o sobie?
            2. Jak opisałby Cię Twój przełożony?

            ## 2. Doświadczenie
            1. Jak wyglądał Twój ostatni zespół?
            2. Ile osób prowadziłeś?

            ## 3. Design
            1. Jak wygląda Twój proces?
            2. Co robisz najpierw?
            """)
        #expect(document.questions.count == 6)
        #expect(document.questions.allSatisfy { $0.layout == .listItem })
    }

    @Test func aChecklistThatASentenceOfAnAnswerIntroducesIsPartOfIt() {
        let document = read("""
            Why is a page not published?
            : In the `page.md` file:

              - Is `draft` set to `true`?
              - Is the `date` in the future?
              - Is the `expiryDate` in the past?

              If any is yes, change it.

            Why is the site empty?
            : The content folder is empty.
            """)
        #expect(document.questions.map(\.range.startLine) == [1, 10])
        #expect(document.questions[0].answer.text.prose.contains("in the past"))
    }

    @Test func aREADMEsOnlyListOfQuestionsThatASentenceIntroducesIsProse() {
        let document = read("""
            # Characteristics

            A library that tells you about characters:¹

            - Could a character be invisible?
            - Is a character assigned?
            - Is a character a control character?

            Extra data is available for Unicode.

            ## Usage

            Call it.
            """)
        #expect(document.questions.isEmpty)
        #expect(document.skipped.filter { $0.kind == .listInProse }.count == 3)
    }

    @Test func troubleshootingTitledInAnotherLanguageIsAnFAQ() {
        let document = read("""
            # Fehlerbehebung

            ## Konfiguration

            ### Dieses Paket ist nur für ESM geeignet

            Nutze `import`.

            ### Anfragen sind dauerhaft blockiert

            Erhöhe das Limit.

            ## Build

            ### Die Datei funktioniert nicht

            Prüfe CORS.
            """)
        #expect(document.questions.map(\.range.startLine) == [5, 9, 15])
        #expect(document.questions.allSatisfy { $0.evidence == .faqEntry })
    }

    @Test func boldEntriesAloneOnTheirLineUnderAnFAQTitle() {
        let document = read("""
            ## FAQ

            **How do you add a custom linter?**

            Integrate it yourself.

            **Which go versions are supported**
            Go 1.10 and 1.11.

            **`golangci-lint` doesn't work**

            1. Update it.
            2. Run it with `-v`.

            ## Thanks
            """)
        #expect(document.questions.map(\.range.startLine) == [3, 7, 10])
        #expect(document.questions.allSatisfy { !$0.answer.isEmpty })
    }

    @Test func headingsOverAdmonitionQuestionsAreTheFAQsCategories() {
        let document = read("""
            # Foire aux questions (FAQ)

            ## Général

            ??? question "C'est quoi la différence entre JTAG et RGH ?"
                Deux méthodes de modification.

            ??? question "Aurora est-il toujours maintenu ?"
                Oui, la version reste stable.

            ## Installation

            ??? question "Quelle clé USB utiliser ?"
                Une clé de 16 Go.

            ??? question "Faut-il formater la clé ?"
                Oui, en FAT32.
            """)
        #expect(document.questions.map(\.range.startLine) == [5, 8, 13, 16])
    }

    @Test func labelsWithWhoAskedInBracketsAndAnswerItems() {
        let document = read("""
            ## Chapter 2

            - Question (IL): What is a libref?
            - Answer (SG): The name of a library.
            - Question (SK): What is YEARCUTOFF?
            - Answer (SK): An option for two-digit years.
            """)
        #expect(document.questions.map(\.text) == ["What is a libref?", "What is YEARCUTOFF?"])
        #expect(document.questions.map { $0.answer.text.prose.trimmingCharacters(in: .whitespacesAndNewlines) }
                == ["The name of a library.", "An option for two-digit years."])
    }

    @Test func anFAQsEntriesAreTheLevelThatAsks() {
        let document = read("""
            # Questions fréquentes (FAQ)

            ## Quels sont les raccourcis clavier ? {: #keyboard-shortcuts}

            ### Génériques

            Ctrl+F cherche.

            ### En mode édition

            Ctrl+S enregistre.

            ### Sur la carte

            Ctrl+Z annule.

            ## Comment utiliser les variables ?

            Avec des accolades.
            """)
        #expect(document.questions.map(\.range.startLine) == [3, 17])
    }

    @Test func boldEntriesUnderACategoryHeadingOfAnFAQ() {
        let document = read("""
            # 常见问题

            本页收集常见错误。

            ## 常见错误

            **使用事务时出现`WriteConflict`错误**

            事务会锁行。

            **长时间未使用的服务空间再次访问时报错**

            数据库被淘汰了。

            **腾讯云报`SIGN_PARAM_INVALID`错误**

            本机时间不对。
            """)
        #expect(document.questions.map(\.range.startLine) == [7, 11, 15])
    }

    @Test func detailsThatMostlyDoNotAskFoldContentAway() {
        let document = read("""
            # Arroxy

            <details><summary><strong>Windows: installer vs portable</strong></summary>

            Use the installer.

            </details>

            <details><summary><strong>First start on macOS</strong></summary>

            Allow it in the settings.

            </details>

            <details><summary>Why is it slow?</summary>

            It downloads models.

            </details>
            """)
        #expect(document.questions.map(\.text) == ["Why is it slow?"])
        #expect(document.skipped.filter { $0.kind == .foldedContent }.count == 2)
    }

    @Test func aSummaryRepeatedUnderAnAPIGuidesHeadingsIsNoAnswer() {
        let section = { (name: String) in
            "### \(name)\n\n```ts\napi.\(name)()\n```\n\n<details><summary>Same code with native fetch</summary>\n\n```ts\nfetch()\n```\n\n</details>\n"
        }
        let document = read("# ya-fetch\n\n" + ["Send JSON", "Set search params", "Set timeout"].map(section).joined(separator: "\n"))
        #expect(document.questions.isEmpty)
    }

    @Test(arguments: ["能实时显示吗？这样就能…", "Why? It depends", "Is it fast? Yes"])
    func questionMarksInside(_ text: String) {
        #expect(QuestionText.asksInside(text))
    }

    @Test(arguments: ["resource?: string", "headers?: HeadersInit", "a ?b"])
    func optionalMembersDoNotAskInside(_ text: String) {
        #expect(!QuestionText.asksInside(text))
    }

    @Test func anchorsOfHeadingsWithInlineHTMLIncludeTheTagsAsTablesOfContentsSlugThem() {
        let blocks = MarkdownParser.parse("### get<br>post<br>head\n").children
        #expect(Anchors.defined(in: blocks).contains("getbrpostbrhead"))
    }

    /// Documentation sites (VuePress, VitePress) slug every run of punctuation as one `-`;
    /// GitHub drops it. On a site's page (one with front matter) both anchors exist, each with
    /// its own repeat suffixes; in a README only GitHub's (`#node-js` is dead for "Node.js").
    @Test func anchorsOfDocumentationSitesSlugPunctuationAsSeparators() {
        let blocks = MarkdownParser.parse("## v2.5.10 (324)\n\n## v2.5.10 (324)\n").children
        let anchors = Anchors.defined(in: blocks, siteSlugs: true)
        #expect(anchors.isSuperset(of: ["v2510-324", "v2-5-10-324", "v2510-324-1", "v2-5-10-324-1"]))
        #expect(!anchors.contains("v2-5-10-324-2"))
        #expect(!Anchors.defined(in: blocks).contains("v2-5-10-324"))
        #expect(QADocumentReader.read("---\nsidebar: auto\n---\n\n# Changes\n", path: "changes.md").isSitePage)
        #expect(!QADocumentReader.read("# Changes\n\n---\n\nText.\n", path: "changes.md").isSitePage)
    }

    /// MkDocs (Python-Markdown) folds accents away in its slugs and drops other letters:
    /// "Ausführbare Programmdatei" is `#ausfuhrbare-programmdatei` there, `#ausführbare-
    /// programmdatei` on GitHub; both are anchors. An ASCII heading has GitHub's only.
    @Test func anchorsOfHeadingsWithAccentsFoldedAsMkDocsSlugsThem() {
        let german = Anchors.defined(in: MarkdownParser.parse("## Ausführbare Programmdatei\n").children)
        #expect(german.isSuperset(of: ["ausführbare-programmdatei", "ausfuhrbare-programmdatei"]))
        let french = Anchors.defined(in: MarkdownParser.parse("## Où est le fichier - config ?\n").children)
        #expect(french.isSuperset(of: ["où-est-le-fichier---config-", "ou-est-le-fichier-config"]))
        #expect(Anchors.defined(in: MarkdownParser.parse("## Where is the config - file?\n").children) == ["where-is-the-config---file"])
    }

    @Test func aPageTitledAsAnFAQInItsFrontMatterIsOne() {
        let markdown = """
            ---
            id: troubleshooting
            title: Troubleshooting
            ---

            ## `npm start` doesn’t detect changes

            Restart the watcher.

            ## `npm test` hangs on macOS

            Install Watchman.
            """
        let document = QADocumentReader.read(markdown, path: "troubleshooting.md")
        #expect(document.questions.map(\.range.startLine) == [6, 10])
        #expect(document.questions.allSatisfy { $0.evidence == .faqEntry })
        #expect(read(markdown.replacingOccurrences(of: "title: Troubleshooting", with: "title: Getting started")).questions.isEmpty)
    }

    @Test func aTableOfQuestionsAfterANumberAndARating() {
        let document = read("""
            | No  | 頻出度 | 質問 |
            | --- | ------ | ---- |
            | 1   | ★★★★★  | 自己紹介をお願いします。 |
            | 2   | ★★★★☆  | 転職のきっかけを教えてください。 |
            """)
        #expect(document.questions.map(\.text) == ["自己紹介をお願いします。", "転職のきっかけを教えてください。"])
        #expect(document.questions.allSatisfy { $0.answer.isEmpty })
    }

    /// GFM needs no pipe at the start or end of a row: "Index | Question | Difficulty" over
    /// "--|---|---" is a table of questions as "| Index | Question |" is; prose with a pipe in
    /// it over no separator row is no table.
    @Test func aTableWithoutOuterPipes() {
        let table = """
            Index | Question | Difficulty
            --|-----------------|----------
            1 | [What is Deadlock?](https://example.com/deadlock) | Easy
            2 | [Explain Thrashing in Operating Systems](https://example.com/thrashing) | Medium
            3 | [Difference between Process and thread](https://example.com/process) | Easy
            """
        #expect(lines(table) == [3, 4, 5])
        #expect(lines("Use `a | b` to pipe.\nWhat is a pipe?\nIt joins two commands.\n").isEmpty)
    }

    /// A row that only names a part of a table of questions ("| **Philosophy & Design** | |"),
    /// among rows with answers, is a category: no question with an empty answer. A bold row
    /// that asks, or one with an answer, stays a question.
    @Test func categoryRowsOfATableOfQuestions() {
        let table = """
            | Question | Answer |
            |---|---|
            | **Philosophy & Design** | |
            | Why not just use Either? | It has no taxonomy. |
            | Why does Success carry a status? | To say how it succeeded. |
            | **Comparisons** | |
            | How is this different from kotlin.Result? | One type parameter. |
            | **Is this tied to HTTP?** | |
            """
        let document = read(table)
        #expect(document.questions.map(\.range.startLine) == [4, 5, 7, 8])
        #expect(document.questions.map { $0.answer.isEmpty } == [false, false, false, true])
    }

    /// A list under a title of references names pages elsewhere, whatever one of their titles
    /// says, in any language; where every item asks it is still a list of questions.
    @Test func aListUnderReferencesNamesPages() {
        for title in ["Referencias", "References", "参考资料"] {
            let page = """
                ## Depuración

                Usa `nix repl` para inspeccionar.

                ## \(title)

                - [How to make nix build display all commands executed by make?](https://example.com/a)
                  - usa `NIX_DEBUG=7`
                - [Collection of functions useful for debugging broken nix expressions.](https://example.com/b)
                """
            #expect(lines(page).isEmpty, "\(title)")
        }
        #expect(lines("## Further reading\n\n- Why is the sky blue?\n- What is a rainbow?\n") == [3, 4])
        // (The same half-asking list under another title is read: both items.)
        #expect(lines("## Notes\n\n- Why is the sky blue?\n- Light scatters.\n") == [3, 4])
        #expect(lines("## Referencias\n\n- Why is the sky blue?\n- Light scatters.\n").isEmpty)
    }

    /// Plain lines that ask, each answered by the list under it, under a heading that names
    /// its part questions ("## SORULAR", "## Questions") — as under an FAQ title. A question
    /// may be a link to its source; a link to the page's own heading asks nothing.
    @Test func plainQuestionsUnderAQuestionListTitle() {
        for (title, first, second, third) in [("SORULAR", "[.NET nedir?](https://learn.example.com/dotnet)", "Framework nedir?", "ORM nedir?"),
                                              ("Questions", "[What is .NET?](https://learn.example.com/dotnet)", "What is a framework?", "What is an ORM?")] {
            let page = """
                # Notes

                Some notes for interviews.

                ## \(title)

                \(first)

                - A platform for building software.

                \(second)

                - A skeleton that supports development.

                \(third)

                - Mapping objects to tables.
                """
            #expect(lines(page) == [7, 11, 15], "\(title)")
            #expect(lines(page.replacingOccurrences(of: "## \(title)", with: "## Notes")).isEmpty, "\(title)")
        }
        #expect(lines("## Questions\n\n[Why?](#why)\n\n- Because.\n\nWhat is it?\n\n- A thing.\n\nHow?\n\n- So.\n").isEmpty)
    }

    /// Troubleshooting entries written as paragraphs that open with a problem label, two or
    /// more: "**Issue**: libGL error" then "**Solution**: …"; a label alone names the problem
    /// in the paragraph under it. Under a heading entry such a label is part of its answer.
    @Test func paragraphsThatOpenWithAProblemLabel() {
        let english = """
            ## Platform issues

            ### Linux

            **Issue**: libGL error
            ```
            libGL error: No matching fbConfigs
            ```
            **Solution**: install `libgl1-mesa-glx`.

            **Issue**: Permission denied for conda
            **Solution**: fix the ownership of `~/miniconda3`.
            """
        #expect(lines(english) == [5, 11])
        let spanish = """
            ## Problemas de Git

            **❌ Problema:**

            La terminal no se abre

            **✅ Solución:** reinicia VS Code.

            **❌ Problema:**

            Las extensiones no se instalan

            **✅ Solución:** revisa la conexión.
            """
        let document = read(spanish)
        #expect(document.questions.map(\.range.startLine) == [5, 11])
        #expect(document.questions.map(\.text) == ["La terminal no se abre", "Las extensiones no se instalan"])
        // (A label alone over its answer's label has no text of its own to name.)
        let bare = read("## Problems\n\n**Problem:**\n\n**Solution:** restart.\n\n**Problem:** slow start\n\n**Solution:** wait.\n")
        #expect(bare.questions.map(\.text) == ["Problem:", "Problem: slow start"])
        // (One alone is a remark; under heading entries, their answers' labels.)
        #expect(lines("## Notes\n\n**Issue**: slow start\n\nRestart it.\n").isEmpty)
        #expect(lines("## Troubleshooting\n\n### Build fails\n\n**Problem:** no compiler.\n\n### Tests hang\n\n**Problem:** a deadlock.\n") == [3, 7])
    }

    /// A design task of a system-design bank sets a question, as "Спроектируйте…" does:
    /// "Design a Rate Limiter", "设计一个点赞系统（字节跳动）" as bold items of a list.
    @Test func designTasksSetQuestions() {
        #expect(ReadingVocabulary.opensAsQuestion("Design a Rate Limiter"))
        #expect(ReadingVocabulary.opensAsQuestion("设计一个点赞系统（字节跳动）"))
        #expect(ReadingVocabulary.opensAsQuestion("Diseña un acortador de URL"))
        #expect(!ReadingVocabulary.opensAsQuestion("Designing for mobile"))
        let bank = """
            ## System Design

            * **设计一个延迟在10ms以内的服务（得物）**
              * 缓存

            * **设计一个服务，用于实时统计一个直播间的在线人数（Shopee）**

            * **设计一个点赞系统（字节跳动）**
              * 先问清楚点赞的对象
            """
        #expect(lines(bank) == [3, 6, 8])
    }

    /// A troubleshooting page's entries written as "symptom: fix" lines, three or more, in
    /// any language; not key-value lines, nor a list under a title that organizes the page,
    /// nor such lines outside an FAQ.
    @Test func symptomAndFixLines() {
        let english = """
            # Troubleshooting

            Common issues and fixes across local and cloud profiles.

            - Terraform provider auth errors: verify credentials and selected subscription.
            - Helm release failed: check `kubectl describe` events and pod logs.
            - Ingress unreachable: validate DNS, TLS certs, and ingress class.
            """
        let document = read(english)
        #expect(document.questions.map(\.range.startLine) == [5, 6, 7])
        #expect(document.questions.map(\.text).first == "Terraform provider auth errors")
        #expect(document.questions.allSatisfy { !$0.answer.isEmpty })
        let ukrainian = """
            # Усунення проблем

            - У користувача показується ціна гостя: перевірте його авторизацію та вид ціни.
            - Каталог показує застарілу ціну після зміни: очистіть кеш Evolution.
            - Після вимкнення sPricing: sCommerce повертається до стандартних полів ціни.
            """
        #expect(lines(ukrainian) == [3, 4, 5])
        #expect(lines("# Troubleshooting\n\n- OS: Linux\n- RAM: 4 GB\n- Disk: 10 GB\n").isEmpty)
        #expect(lines(english.replacingOccurrences(of: "# Troubleshooting", with: "# Deployment notes")).isEmpty)
        #expect(lines(english.replacingOccurrences(of: "Common issues and fixes across local and cloud profiles.", with: "## Key points")).isEmpty)
        // An arrow between instead of a colon, the symptom one word or an error's name.
        let arrows = """
            # 已知问题

            - 无法保存模块数据 --> 不要使用 CI 测试版框架
            - yukihookapi.intent.action.HOST_DATA_CHANNEL --> 无需反馈，上游API通讯问题
            - android.content.res.Resources$NotFoundException: String resource ID --> 无需反馈，重启作用域
            - 很多功能**集体失效** → 先把模块后台清掉
            """
        let arrowed = read(arrows)
        #expect(arrowed.questions.map(\.range.startLine) == [3, 4, 5, 6])
        #expect(arrowed.questions.map(\.text).last == "很多功能集体失效")
        #expect(arrowed.questions.allSatisfy { !$0.answer.isEmpty })
        // Not a flow of steps outside an FAQ, nor arrows without spaces ("a->b").
        #expect(lines(arrows.replacingOccurrences(of: "# 已知问题", with: "# 数据流")).isEmpty)
        #expect(lines("# Troubleshooting\n\n- client->server->db\n- cache->db\n- queue->worker\n").isEmpty)
    }

    @Test func aTableWithACauseColumnListsProblems() {
        let chinese = """
            ### LED 状态诊断

            | LED 状态 | 可能原因 | 推荐操作 |
            |---------|---------|---------|
            | **常亮红色** | 摄像头初始化失败 | 检查摄像头连接 |
            | **快速闪烁** | WiFi 连接失败 | 检查 WiFi 设置 |
            | **无指示灯** | 电源问题 | 检查 USB 电源 |
            """
        let document = read(chinese)
        #expect(document.questions.map(\.range.startLine) == [5, 6, 7])
        #expect(document.questions.first?.text == "常亮红色")
        // A problem label in Vietnamese heads the problems; a row whose problem cell is empty
        // is one more cause of the problem above it.
        let vietnamese = """
            | ❗ Lỗi | 🔍 Nguyên nhân | ✅ Cách khắc phục |
            |------|----------------|------------------|
            | `ghcup: Not in PATH` | PATH không được xuất đúng | Thêm `~/.ghcup/bin` vào `.bashrc` |
            | GHC version mismatch | Dự án yêu cầu GHC 9.6.4 | Dùng `ghcup set ghc 9.6.4` |
            |  | Cabal cũ | Chạy `cabal update` |
            """
        let rows = read(vietnamese).questions
        #expect(rows.map(\.range.startLine) == [3, 4])
        #expect(rows.last.map { $0.answer.text.prose + $0.answer.text.code }?.contains("cabal update") == true)
        // A column of advice alone, or causes in the first column, lists no problems.
        #expect(lines("| AI対応度 | 検索品質 | 対処法 |\n|---|---|---|\n| 0-50 | キーワードのみ | `enrich` を実行 |\n| 50-80 | 部分的 | `enrich --all` |\n").isEmpty)
        #expect(lines("| Causa | Verificación |\n|---|---|\n| Cable suelto | Revisar el cable |\n| Sin energía | Medir 5 V |\n").isEmpty)
    }

    @Test func headingsThatOnlyLabelAnEntrysParts() {
        let markdown = """
            # Troubleshooting

            ## cert-manager conflicts

            #### Issue

            The operator installs its own cert-manager.

            #### Impact

            Webhooks fail.

            #### Solution

            Remove one of them.

            ## インストール時の404エラー

            ### 症状

            The download returns 404.

            ### 原因

            GitHub CDN cache.

            ### 解決策

            Clone the repository instead.
            """
        #expect(lines(markdown) == [3, 17])
    }

    @Test func problemHeadingsUnderAHeadingThatAskAreItsAnswer() {
        let markdown = """
            ## How do I change the port?

            Set `http_port` in config.yaml.

            ## The proxy does not start: what error does it report?

            ### Error: "Upstream proxy is required"

            Set `upstream.proxy_url`.

            ### Error: "bind: address already in use"

            Stop the old proxy.
            """
        let document = read(markdown)
        #expect(document.questions.map(\.range.startLine) == [1, 5])
        #expect(document.questions.allSatisfy { !$0.answer.isEmpty })
        // Under a title that does not ask, they are entries.
        #expect(lines(markdown.replacingOccurrences(of: "## The proxy does not start: what error does it report?", with: "## Startup errors")) == [1, 7, 11])
    }

    @Test func aPageTitledByAQuestionOverItsSections() {
        let about = """
            # What is Dozzle?

            Dozzle is a lightweight, web-based log viewer.

            ## Key Features

            ### Real-time Monitoring

            Stream logs from running containers.

            ### Flexible Deployment

            Run it as a standalone server.
            """
        #expect(lines(about).isEmpty)
        // Over fewer sections, or beside another title, it asks.
        #expect(lines("# What is Dozzle?\n\nA log viewer.\n\n## Install\n\nRun the image.\n") == [1])
        #expect(lines(about + "\n\n# Why is it fast?\n\nIt streams.\n").contains(1))
    }

    @Test func aFileNamedAsAnFAQWithFullStops() {
        // An untitled page named as an FAQ is one: its statement headings are entries — with
        // full stops in the name, or a language and the folder's name.
        let page = "## Общее\n\n#### Уведомление \"Административный доступ\"\n\nЭто значит, что администратор вошёл.\n\n#### Замечено много неудачных попыток входа\n\nPasswords считает попытки.\n"
        #expect(lines(page, path: "Users/F.A.Q.md") == [3, 7])
        #expect(lines(page, path: "Users/F.A.Q.ru.md") == [3, 7])
        #expect(lines(page, path: "faq/index.pt-BR.md") == [3, 7])
        #expect(lines(page, path: "Users/Notes.md").isEmpty)
        #expect(lines(page, path: "Users/A.B.md").isEmpty)
    }

    @Test func letteredCasesUnderDefinitionsAreNoQuiz() {
        let notes = """
            ### Definition 1.2.
            Seien A und B Mengen

            - a) B ⊂ A bedeutet: jedes Element in B ist auch Element von A
            - b) A und B sind gleich, falls A ⊂ B und B ⊂ A

            ### Definition 1.6.
            Es sei f: A → B eine Abbildung

            - a) f heißt injektiv, falls aus f(x) = f(y) folgt x = y
            - b) f heißt surjektiv, falls jedes y ein Urbild hat

            ### Satz 1.21.
            Seien a, b in K, K angeordneter Körper.

            - a) |a| ≥ 0, und |a| = 0 genau dann, wenn a = 0
            - b) |a·b| = |a|·|b|
            """
        #expect(lines(notes).isEmpty)
        // One stem that asks makes them a quiz's questions, the others too.
        #expect(lines(notes.replacingOccurrences(of: "Es sei f: A → B eine Abbildung", with: "Welche Aussage über f: A → B ist richtig?")) == [2, 8, 14])
    }

    @Test func headingsOverACauseAndAFixAreEntries() {
        let page = """
            ## 代理菜单空白

            问题原因

            - 内核通信失败

            解决方案

            - 关闭防火墙

            ## App crashes on start

            **Cause:** a missing runtime.

            **Solution:** install it.

            ## Database

            The database runs in a container.

            **Problem**: connection refused

            **Solution**: restart it.
            """
        // The third heading opens on prose: a section holding one entry.
        #expect(lines(page) == [1, 11])
        // Three or more such entries make their statement siblings with a body entries too;
        // two do not.
        let entry = "问题原因\n\n- 缺少运行库\n\n解决方案\n\n- 安装运行库\n\n"
        let statement = "## 静默启动失效\n\n请在设置中关闭后重新开启。\n\n"
        #expect(lines("## 代理菜单空白\n\n" + entry + "## 闪退\n\n" + entry + statement) == [1, 11])
        // (Half of them asking would do as well: here three of six.)
        let six = "## 代理菜单空白\n\n" + entry + "## 闪退\n\n" + entry + statement + "## 无法选中订阅\n\n" + entry
            + "## 自启动失效\n\n请以管理员身份运行。\n\n## 无法使用网络\n\n请关闭系统代理。\n"
        #expect(lines(six) == [1, 11, 21, 25, 35, 39])
    }

    @Test func aQualifiedAnswerLabelAnswers() {
        let bank = """
            # Wi-Fi Interview Questions

            ### 1. **WEP Cracking:**
               - **Question:** How would you crack a WEP key?
               - **Expected Answer:** The tester should mention Aircrack-ng. Why is WEP weak?

            ### 2. **Evil Twin:**
               - **Question:** What is an Evil Twin attack?
               - **Sample Answer:** A rogue access point. How does it trick users?
            """
        #expect(lines(bank) == [4, 8])
        // A letter after a word is a name, not a qualified label.
        func labels(_ bold: String) -> Bool { AnswerMarker.strip([.strong([.text(bold + ":")]), .text(" text")]) != nil }
        #expect(labels("Possible Solutions") && labels("Mi respuesta"))
        #expect(!labels("Plan A"))
        // A longer phrase names where an answer goes.
        #expect(!labels("Espaço para resposta"))
    }

    @Test func aChecklistOfQuestionsIsNoEntries() {
        let page = """
            ## Warum wird die SD-Karte nicht erkannt?

            Karte neu einlegen.

            ## Checkliste

            Bevor du Hilfe suchst, prüfe:

            - [ ] 7-Zip installiert?
            - [ ] SD-Karte richtig eingelegt?
            - [x] Is the power supply right?
            """
        #expect(lines(page) == [1])
        // A task that answers itself on its line is an entry.
        let faq = """
            ## 自检清单

            - [ ] 打包异常？→ 清理 node_modules，重新安装
            - [ ] 类型提示无效？→ 检查 tsconfig.json
            """
        #expect(lines(faq) == [3, 4])
    }

    @Test func aParagraphAllInHTMLBoldIsABoldParagraph() {
        let faq = """
            ## FAQ

            <b>为什么会报 GitHub WebHook Error ？</b>

            - 你的 GitHub WebHook 超过 20 个。

            <b>flow.ci 支持 GitHub 私有项目么？</b>

            支持

            <strong>Why are some projects missing?</strong>

            You lack admin rights.
            """
        let document = read(faq)
        #expect(document.questions.map(\.range.startLine) == [3, 7, 11])
        #expect(document.questions.map(\.layout).allSatisfy { $0 == .boldParagraph })
        // Bold words inside a sentence lead nothing.
        #expect(lines("Federatie brengt een voordeel: <strong>iedereen wordt onafhankelijk?</strong> Ja.\n\nMeer tekst.\n").isEmpty)
    }

    @Test func numberedItemsOverTheirOwnChoices() {
        let quiz = """
            ### A. Pilihan Ganda

            1. Dalam OOP Java, konsep encapsulation berarti:

               - **A. Menyembunyikan detail implementasi**
               - B. Mewarisi method dari class lain
               - C. Menambahkan method ke dalam class

            2. `@Autowired` pada Spring Boot digunakan untuk:

               - A. Membuat class baru
               - **B. Menyuntikkan dependency secara otomatis**
               - C. Menjalankan aplikasi

            3. Anotasi untuk REST controller adalah:

               - A. `@Service`
               - B. `@Repository`
               - **C. `@RestController`**
            """
        #expect(lines(quiz) == [3, 9, 15])
        // Nested lists that are not choices leave the items as they are.
        #expect(lines(quiz.replacingOccurrences(of: "**A. Menyembunyikan detail implementasi**", with: "Menyembunyikan detail")
            .replacingOccurrences(of: "- A. ", with: "- ").replacingOccurrences(of: "- B. ", with: "- ").replacingOccurrences(of: "- C. ", with: "- ")
            .replacingOccurrences(of: "**B. Menyuntikkan dependency secara otomatis**", with: "Menyuntikkan dependency")
            .replacingOccurrences(of: "**C. `@RestController`**", with: "`@RestController`")).isEmpty)
    }

    @Test func aQuestionAmongNumberedTitlesIsAStep() {
        let steps = """
            ## Processus des "Pull Request"

            1. **Définir un problème relié**

            Faire un `Issue` pour en discuter.

            2. **Description**

            Décrire vos changements en détails.

            3. **Est-ce que cela a été testé ?**

            Décrire comment vous avez testé vos changements.
            """
        #expect(lines(steps).isEmpty)
        // Under an FAQ title, a numbered bold entry that asks is one.
        #expect(lines("# FAQ\n\n" + steps).contains(13))
        // Alone, it asks.
        #expect(lines("3. **Est-ce que cela a été testé ?**\n\nDécrire comment vous avez testé vos changements.\n") == [1])
    }

    @Test func aTableOfLinksToQuestionsIsAContentsTable() {
        let document = read("""
            | No. | Questions |
            | --- | --------- |
            | 1   | [What is a message map?](#what-is-a-message-map) |
            | 2   | [What is SDI?](#what-is-sdi) |

            ### What is a message map?

            A table of handlers.

            ### What is SDI?

            One document at a time.
            """)
        #expect(document.questions.map(\.range.startLine) == [6, 10])
    }

    @Test func headingsOverBoldQuestionsAreCategoriesNotTopics() {
        let category = { (n: Int) in "## Topic \(n)\n\n**Is part \(n) fast?**\nYes, it is.\n\n**Can part \(n) fail?**\nRarely.\n" }
        let document = read("# FAQ\n\n" + (1...10).map(category).joined(separator: "\n"))
        #expect(document.questions.count == 20)
        #expect(document.questions.allSatisfy { $0.layout == .boldParagraph })
    }

    @Test func definitionListsWithABlankLineBeforeTheDefinition() {
        let document = read("""
            ## General questions

            What is it?

            :   A decentralised installer.

            Where does it install things to?

            :   Under `~/.cache`.

                A second paragraph of the answer.
            """)
        #expect(document.questions.map(\.text) == ["What is it?", "Where does it install things to?"])
        #expect(document.questions.allSatisfy { $0.layout == .definition && !$0.answer.isEmpty })
    }

    @Test func aDocumentsNumberedTopSectionsAreItsOutline() {
        let document = read("""
            # call-agent

            ## 0. Before you read

            Terms.

            ## 1. Why did we make it?

            Because.

            ## 2. Routing

            One skill.

            ## 3. Targets

            Codex, Gemini.

            ## 4. Install

            Run the script.

            ## 5. FAQ

            **Q. Can I use only the external CLI?**
            Yes.
            """)
        #expect(document.questions.map(\.text) == ["Why did we make it?", "Can I use only the external CLI?"])
    }

    @Test(arguments: [("14.Q: Bee与Honey是什么关系?", "Bee与Honey是什么关系?"), ("13 (2). Q: What is it?", "What is it?")])
    func aNumberBeforeAQuestionLabel(_ labelled: String, _ text: String) {
        #expect(QuestionPrefix.hasLabel(labelled))
        #expect(QuestionPrefix.strip(labelled) == text)
    }

    @Test func headingsEndingInAColonAreLabelsNotEntries() {
        let document = read("""
            # Häufige Probleme lösen

            ## Login

            ### "Ich kann mich nicht anmelden"

            Passwort prüfen.

            ### "Seite lädt nicht"

            Cache leeren.

            ### Browser (Desktop):

            - Chrome, Firefox.
            """)
        #expect(document.questions.map(\.range.startLine) == [5, 9])
    }

    @Test func headingsWrittenWithoutTheSpaceAfterTheirHashes() {
        let document = read("""
            ##Where are the log files located?
            In the help page.

            ##Does it support NAS devices?
            Yes.

            ##Can I support the project?
            Yes, with a donation.

            ##Windows shares and mapped drives
            Allow Python through the firewall.

            #hashtag is text.
            """)
        #expect(document.questions.map(\.range.startLine) == [1, 4, 7, 10])
        #expect(document.questions.allSatisfy { $0.layout == .heading && !$0.answer.isEmpty })
        #expect(read("##Only one\nText.\n").questions.isEmpty, "one such line is not a convention")
        // Unless it asks; a bracket may open it.
        #expect(lines("# FAQ\n\n##Comment sont numérotées les versions ?\nPar ordre.\n") == [3])
        #expect(lines("# FAQ\n\n##(scene exceptions) Releases have another name, and are not snatched?\nAdd one.\n") == [3])
    }

    /// Writers who leave out the space leave out the blank lines too: such a heading may stand
    /// on any line of a paragraph, and close with `#`s ("#FAQ#" then "###What is Open Data?###").
    @Test func unspacedHeadingsInsideAParagraph() {
        let page = "#FAQ#\n###What is the portal?###\nA data catalogue.\nOf Northern Ireland.\n###What is Open Data?###\nData anyone may use.\n"
        let document = read(page)
        #expect(document.questions.map(\.range.startLine) == [2, 5])
        #expect(document.questions.map(\.text) == ["What is the portal?", "What is Open Data?"])
        #expect(document.questions.map { $0.answer.range?.startLine } == [3, 6])
        #expect(document.questions.map { $0.answer.range?.endLine } == [4, 6])
        // A "#hashtag" line stays text.
        #expect(lines("We met.\n#hashtag\nWhat now?\n").isEmpty)
    }

    @Test func aWikisContentsLinkToAnchorsOfItsOwnPageByFullAddress() {
        let document = read("""
            * [Where are the LOG files?](https://github.com/o/r/wiki/FAQ%27s#where-are-the-log-files)
            * [Does it support NAS?](https://github.com/o/r/wiki/FAQ's#does-it-support-nas)

            ## Where are the LOG files?

            In the config folder.

            ## Does it support NAS?

            Yes.
            """)
        #expect(document.questions.map(\.range.startLine) == [4, 8])
        let index = read("* [What is A?](https://a.example/one#a)\n* [What is B?](https://b.example/two#b)\n")
        #expect(index.questions.count == 2, "links into two pages are no table of contents")
    }

    @Test func anAnswerSlotsLabelRepeatedUnderTheQuestionsIsNotTheAnswer() {
        let item = { (title: String, answer: String) in "#### \(title)\n> The answer goes here\n\(answer)\n" }
        let document = read("""
            ## Day 3

            """ + [item("如何创建一个文件夹", "> `mkdir learn`"), item("Linux 下查看当前路径", "> `pwd`"),
                   item("如何查看提交历史", ""), item("Java 基本数据类型的大小", "> int: 4")].joined(separator: "\n"))
        #expect(document.questions.count == 4)
        #expect(document.questions.map { $0.answer.isEmpty } == [false, false, true, false])
        #expect(document.skipped.filter { $0.kind == .slotLabel }.count == 4)
        // Pasted alone under every question and never filled in, the line is the placeholder.
        let pasted = read((1...3).map { "### What is \($0)?\n\nTo be written.\n" }.joined(separator: "\n"))
        #expect(pasted.questions.allSatisfy { !$0.answer.isEmpty })
    }

    @Test func aContentsEntryMayCarryABadgeAfterItsLink() {
        let document = read("""
            ## Table of Contents

            1. [What is a Pod?](#q1-what-is-a-pod) <span class="beginner">Beginner</span>
            2. [What is a Deployment?](#q2-what-is-a-deployment) <span class="beginner">Beginner</span>

            ### Q1: What is a Pod?

            The smallest unit.

            ### Q2: What is a Deployment?

            A controller.
            """)
        #expect(document.questions.map(\.range.startLine) == [6, 10])
    }

    @Test func aContentsEntryMayQuoteTheErrorItIsAbout() {
        let document = read("""
            ## Frequently Asked Questions:

            1. [When will my job start?](#when-will-my-job-start)
            2. [How much memory did my job use?](#how-much-memory-did-my-job-use)
            3. [Why do I get an 'Invalid Partition' error?](#why-do-i-get-an-invalid-partition-error):
                `sbatch: error: Invalid partition name specified.`

            ## When will my job start?

            Run `squeue --start`.

            ## How much memory did my job use?

            Run `sacct`.

            ## Why do I get an 'Invalid Partition' error?

            Use a partition that exists.
            """)
        #expect(document.questions.map(\.range.startLine) == [8, 12, 16])
        #expect(document.skipped.map(\.kind) == [.tableOfContents])
        // Not where most items say more than their link: an index with descriptions.
        let index = read("""
            - [Setup](#setup): how to install it
            - [Usage](#usage): how to call it
            - [Speed](#speed)

            ## Setup

            Run it.
            """)
        #expect(!index.skipped.map(\.kind).contains(.tableOfContents))
    }

    @Test func theKeysOfAFrontMatter() {
        #expect(FrontMatter.keys("---\ntitle: \"Nodes\"\nteaching: 25\nkey_points:\n- \"A point\"\n---\nbody: no\n")
            == ["title", "teaching", "key points"])
        #expect(FrontMatter.keys("+++\ntitle = 'FAQ'\n+++\n") == ["title"])
        #expect(FrontMatter.keys("# No front matter\nteaching: 25\n").isEmpty)
    }

    /// A lesson page (its front matter gives objectives and key points) is taught in sections,
    /// however they ask; `structure:` still says where questions are.
    @Test func aLessonPagesHeadingsAreItsSections() {
        let page = """
            ---
            title: "Working on a remote HPC system"
            teaching: 25
            objectives:
            - "Connect to a remote HPC system."
            keypoints:
            - "An HPC system is a set of networked machines."
            ---

            ## What is an HPC system?

            The words "cloud" and "cluster" are used a lot.

            ## Logging in

            Use ssh.

            ## Where are we?

            Run `hostname`.
            """
        let lesson = read(page)
        #expect(lesson.questions.isEmpty)
        #expect(lesson.skipped.map(\.line) == [10, 18])
        #expect(lesson.skipped.allSatisfy { $0.kind == .lessonSection })
        // One lesson key is not enough: "teaching" alone is any page's word.
        let withOneKey = read(page.replacingOccurrences(of: "keypoints:", with: "notes:").replacingOccurrences(of: "objectives:", with: "authors:"))
        #expect(withOneKey.questions.map(\.range.startLine) == [10, 18])
        let told = QADocumentReader.read(page, path: "test.md", structure: .init(questionLevel: 2))
        #expect(told.questions.map(\.range.startLine) == [10, 14, 18])
    }

    @Test func theTitleOfAFrontMatter() {
        #expect(FrontMatter.title("---\nid: faq\ntitle: \"Troubleshooting\"\n---\n# Body\n") == "Troubleshooting")
        #expect(FrontMatter.title("+++\ntitle = 'FAQ'\n+++\n") == "FAQ")
        #expect(FrontMatter.title("---\nsubtitle: FAQ\n---\ntitle: not front matter\n") == nil)
        #expect(FrontMatter.title("# No front matter\ntitle: FAQ\n") == nil)
    }

    @Test func whereTheEntriesAreLabelledOneWithoutALabelIsASection() {
        let entry = { (title: String) in "## \(title)\n\nAbout \(title.count) things.\n\n**重试策略**：\n\n- once\n" }
        let labelled = ["问题: \"API request timeout\"", "问题: \"API connection failed\"", "问题: 网络需要代理",
                        "问题: 即使自动重试仍然遇到限流", "问题: 解析失败"]
        let page = { (other: String) in read("# 网络问题\n\n" + (labelled + [other]).map(entry).joined(separator: "\n")) }
        #expect(page("理解自动重试").questions.count == 5)
        // A title that names a problem is an entry without a label.
        #expect(page("ip 地址获取错误的问题").questions.last?.text == "ip 地址获取错误的问题")
    }

    @Test func aLabelWhoseSpaceWasForgottenIsStillALabel() {
        #expect(QuestionPrefix.hasLabel("Q.Center wrapped flex children?"))
        #expect(!QuestionPrefix.hasLabel("Q.E.D. as usual"))
    }

    @Test func aQuestionALevelTooHighInItsNumberedSequenceIsAQuestion() {
        let document = read("""
            ## Tricky Questions

            #### 1. What is the output?

            Hello.

            ### 2. How do you prevent a data race?

            A mutex.

            #### 3. What will be the output?

            World.

            #### 4. How does Go handle nil?

            Carefully.
            """)
        #expect(document.questions.map(\.range.startLine) == [3, 7, 11, 15])
    }

    @Test func whereQuestionsGoWithoutAQuestionMarkASubHeadingThatAsksIsOneToo() {
        let document = read("""
            # FAQ

            ## How do I reset Stats

            Delete the file.

            ## Can I add any generic feed

            No.

            ## How do I update it

            Use the updater.

            ### Can I update it inside my Docker container

            You should not.

            ### Installing a newer version

            Download it.

            ## How do I request a feature

            Open an issue.
            """)
        #expect(document.questions.map(\.range.startLine) == [3, 7, 11, 15, 23])
    }

    @Test func aTaskEndingWithAColonIsStillAQuestionAmongQuestions() {
        let document = read("""
            ## CSS

            ##### ¿Qué es el modelo de caja?

            El contenido, el relleno, el borde y el margen.

            ##### Explica los siguientes selectores:

            ```css
            a > b
            ```

            ##### ¿Qué es la especificidad?

            El peso de un selector.

            ##### Navegadores soportados:

            Todos.

            ##### ¿Qué es flexbox?

            Un modelo de diseño.
            """)
        // The task introduces its code and stays a question; a title with a colon labels.
        #expect(document.questions.map(\.range.startLine) == [3, 7, 13, 21])
    }

    @Test(arguments: ["## 小白常见问题", "## 小白"])
    func aNumberedHeadingOverLabelledQuestionsIsTheirCategory(_ title: String) {
        let document = read("""
            \(title)

            ### 1.运行pip指令时的常见问题
            Q: 跳出黄字警告怎么办
            A: 忽略即可。

            Q: 下载速度太慢怎么办？
            A: 换源。

            ### 2.安装相关软件的注意事项
            Q: 安装Python时有什么要注意的？
            A: 使用 3.7 版本。

            Q: 安装Anaconda3时有什么需要注意的？
            A: 勾选 PATH。

            ### 3.platform初始化错误
            重新安装。

            ### 4.电脑不支持对应分辨率
            修改设置。
            """)
        // Under an FAQ title, the numbered headings without labelled questions are entries.
        let entries = title.hasSuffix("常见问题") ? [17, 20] : []
        #expect(document.questions.map(\.range.startLine) == [4, 7, 11, 14] + entries)
    }

    @Test func fewTopicHeadingsEachOverTheOneLineThatAsks() {
        let topic = { (title: String, question: String) in
            "### \(title)\n\(question)\n\n**Espaço para resposta:**\n```\n[Seu texto aqui]\n```\n"
        }
        let document = read("# Perguntas Teóricas\n\n## 1. Conceitos\n\n" + [
            topic("1.1 Testes de Regressão", "O que é um teste de regressão? Dê um exemplo prático."),
            topic("1.2 Tipos de Testes", "Explique a diferença entre teste funcional e não-funcional."),
            topic("1.3 Page Objects", "O que é Page Object Model (POM)?"),
        ].joined(separator: "\n"))
        #expect(document.questions.map(\.text) == ["1.1 Testes de Regressão", "1.2 Tipos de Testes", "1.3 Page Objects"])
        #expect(document.questions.allSatisfy { $0.layout == .topicHeading })
        // A category over bold questions of its own is not a topic.
        let categories = read((1...3).map { "## Part \($0)\n**What is \($0)?**\n\nIt is.\n\n**Why \($0)?**\n\nBecause.\n" }
            .joined(separator: "\n"))
        #expect(categories.questions.count == 6)
    }

    @Test func aQuestionAdmonitionOverTipsOfItsAnswerIsNoCategory() {
        let document = read("""
            # FAQ

            ??? faq "What is lscr.io"

                A registry.

            ??? faq "I want to reverse proxy an application with a self-signed certificate"

                Configure a transport.

                ???+ tip "Bonus Tip 1: Caddy Snippets"

                    Use snippets.

                ???+ tip "Bonus Tip 2: caddy-docker-proxy"

                    Use labels.

            ??? faq "Inexplicable issues when running ubuntu"

                Update the host.
            """)
        #expect(document.questions.map(\.range.startLine) == [3, 7, 19])
    }

    @Test func anFAQEntryWhoseAnswerIsInParts() {
        let entry = { (title: String) in "### \(title)\nIt is \(title.count) long.\n" }
        let document = read("# FAQ\n\n## Configuration\n\n### Device reset to defaults on its own\n#### Bad power supply\nReplace it.\n\n"
            + "#### Frequent reboots\nA boot loop.\n\n" + ["Relay clicks at 1 second intervals", "Status LED blinking",
                                                          "Flashing fails on MacOS"].map(entry).joined(separator: "\n"))
        #expect(document.questions.map(\.range.startLine) == [5, 12, 15, 18])
        // A category named in one word over its entries stays a category.
        let categories = read("# FAQ\n\n## Tools\n\n" + ["Rviz shows no map", "Rocker does not start", "The simulator crashes"]
            .map(entry).joined(separator: "\n") + "\n### ROS\n\n#### Packages fail with no module named x\nSource it.\n")
        #expect(categories.questions.map(\.range.startLine) == [5, 8, 11, 16])
    }

    @Test(arguments: ["## 📞 Masih Ada Pertanyaan?", "## Still have questions?", "## Hai bisogno di ulteriore assistenza? 📞"])
    func anInvitationAfterTheEntriesIsNoQuestion(_ invitation: String) {
        let document = read("# FAQ\n\n" + (1...3).map { "## Q\($0): Why \($0)?\n\nBecause \($0).\n" }.joined(separator: "\n")
            + "\n\(invitation)\n\nAsk on Discord.\n")
        #expect(document.questions.count == 3)
    }

    @Test func aTroubleshootingPageWithAHelpSection() {
        let document = read("""
            # 🔧 Khắc Phục Sự Cố

            ## 💬 Liên Hệ Hỗ Trợ

            ### 🎮 Discord (Khuyến nghị)
            - ⚡ Phản hồi nhanh chóng

            ### 💻 GitHub Issues
            - 🐛 Báo cáo bug chi tiết

            ## 🆘 Các Lỗi Thường Gặp

            ### 🔒 Lỗi Quyền Truy Cập
            - Chạy phần mềm với quyền Administrator

            ### 🌐 Lỗi Kết Nối Mạng
            - Kiểm tra kết nối internet
            """)
        #expect(document.questions.map(\.range.startLine) == [13, 16])
    }

    @Test func wherePartsAreLabelledAPartTitledAsAnFAQWithoutLabelsHoldsNoEntries() {
        let problem = { (n: Int) in "### Problém: Chyba \(n)\n\nOpravte \(n).\n" }
        let document = read("# Běžné problémy\n\n## Ověřování\n\n" + (1...3).map(problem).joined(separator: "\n")
            + "\n## Nástroje a příkazy pro řešení problémů\n\n### Příkazy pro ladění\n\nazd show\n\n### Analýza protokolů\n\nazd logs\n")
        #expect(document.questions.count == 3)
    }

    @Test func whereEntriesAreWrittenInLabelledPartsAPartWithoutThemHoldsTips() {
        let entry = { (n: Int) in "### \"Error \(n)\"\n**Error**: it fails \(n)\n\n**Solution**:\n1. Fix \(n)\n" }
        let tip = { (title: String) in "### \(title)\n1. Open the logs\n2. Search them\n" }
        let document = read("# Common Errors and Solutions\n\n## Installation Errors\n\n" + (1...2).map(entry).joined(separator: "\n")
            + "\n## Connection Errors\n\n" + (3...4).map(entry).joined(separator: "\n")
            + "\n## Advanced Troubleshooting\n\n" + ["Check Logs", "Clean Installation"].map(tip).joined(separator: "\n"))
        #expect(document.questions.map(\.text) == ["\"Error 1\"", "\"Error 2\"", "\"Error 3\"", "\"Error 4\""])
    }

    @Test func aDetailsTemplateInsideAnHTMLCommentIsNotRead() {
        let entry = { (summary: String) in "<details>\n<summary>\(summary)</summary>\n\n* \(summary.count) notes\n\n</details>\n" }
        let document = read("# Java\n\n<!--\n양식\n<details>\n<summary>제목</summary>\n  내용\n</details>\n\n-->\n\n"
            + ["자바란...?", "JVM이란?", "Java 동작원리", "ArrayList"].map(entry).joined(separator: "\n"))
        // The template is out of sight; half of the summaries ask, so the others are topics.
        #expect(document.questions.map(\.text) == ["자바란...?", "JVM이란?", "Java 동작원리", "ArrayList"])
    }

    @Test func aBoldQuestionItemWithItsAnswerOnTheSameLine() {
        let document = read("""
            ### FAQ

            - **Why localStorage?** Key stays in browser. No server storage.
            - **Why 0 generations?** API key mismatch.
            - **How to uninstall?** Remove it from the gallery.
            """)
        #expect(document.questions.map(\.text) == ["Why localStorage?", "Why 0 generations?", "How to uninstall?"])
        #expect(document.questions.map { $0.answer.text.prose.trimmedWhitespace } == [
            "Key stays in browser. No server storage.", "API key mismatch.", "Remove it from the gallery."])
    }

    @Test func twoStepsOneOfWhichOpensWithATaskWordAreSteps() {
        let questions = (1...5).map { "### Что такое \($0)?\n\nЭто \($0).\n" }.joined(separator: "\n")
        let document = read(questions + """

            ## Добавление в галерею

            1. **Форкните** `hermes-webui/hermes-webui-extensions`
            2. **Создайте директорию** расширения:
            """)
        #expect(document.questions.count == 5)
    }

    @Test func aFencedAdmonitionClosedInsideTheListOfItsAnswer() {
        let document = read("""
            # FAQ

            :::details Taproot est-il pris en charge ?

            - Oui, tu peux envoyer vers des adresses Taproot.
            - Tu peux également recevoir directement.
              :::

            :::details Comment puis-je me connecter à mon propre nœud ?

            Avec une IPv4.

            :::
            """)
        #expect(document.questions.map(\.range.startLine) == [3, 9])
        #expect(document.questions.first?.answer.text.prose.contains("Taproot") == true)
    }

    @Test func aDetailsWhoseSummaryStandsInTheNextBlock() {
        let entry = { (summary: String) in "<details>\n\n<summary>\(summary)</summary><br><b>\n\nAbout \(summary.count).\n</b></details>\n" }
        let document = read("## Azure\n\n" + ["What is ARM?", "What's an Azure Resource Group?", "Explain managed disks"]
            .map(entry).joined(separator: "\n"))
        #expect(document.questions.map(\.text) == ["What is ARM?", "What's an Azure Resource Group?", "Explain managed disks"])
    }

    @Test func aDetailsThatFoldsAListOfQuestionsIsTheirCategory() {
        let folded = read("""
            # Java-Interviewfragen

            <details>

            <summary>Fragen, die du stellen solltest ?</summary>

            1. Was ist das Hauptziel des Projects?
            2. Welche Technologien werden verwendet?
            3. Wie groß ist das Projectteam?

            </details>
            """)
        #expect(folded.questions.map(\.range.startLine) == [7, 8, 9])
        // A question answered by a checklist that asks keeps it as its answer.
        let checklist = read("""
            <details>
            <summary><strong>¿Qué criterios uso para evaluar un anteproyecto?</strong></summary>

            - **Viabilidad**: ¿Es realizable en el tiempo disponible?
            - **Objetivos**: ¿Son claros y medibles?
            - **Claridad**: ¿La descripción es detallada?

            </details>
            """)
        #expect(checklist.questions.map(\.range.startLine) == [2])
    }

    @Test func listQuestionsWrappedOverSeveralLines() {
        let document = read("""
            ## Activation profiles

            Questions:

            * For a given LPAR name, does there need to be an image activation profile with
              the same name?
              Answer: No.

            * Can an LPAR be activated through the 'Activate Logical Partition' operation
              when specifying an image activation profile with a different name than the
              LPAR name?
              Answer: TBD

            * In which cases is the DEFAULTLOAD load activation profile used?
              Answer: TBD
            """)
        #expect(document.questions.map(\.text) == [
            "For a given LPAR name, does there need to be an image activation profile with the same name?",
            "Can an LPAR be activated through the 'Activate Logical Partition' operation when specifying an image activation profile with a different name than the LPAR name?",
            "In which cases is the DEFAULTLOAD load activation profile used?"])
        #expect(document.questions.map(\.answer.text.prose.trimmedWhitespace) == ["No.", "TBD", "TBD"])
    }

    @Test func numberedStepsUnderAnFAQEntryArePartsOfItsAnswer() {
        let asked = ["Como posso instalar?", "Como posso atualizar?", "Como posso alterar a senha?", "Por que não é gratuito?"]
            .map { "## \($0)\n\nResposta \($0.count).\n" }.joined(separator: "\n")
        let steps = ["Compre um nome de domínio.", "Instalar Nginx", "Instalar Certbot", "Gerar certificado SSL"].enumerated()
            .map { "### \($0.offset + 1). \($0.element)\n\nPasso \($0.offset).\n" }.joined(separator: "\n")
        let document = read("---\ntitle: FAQ\n---\n\n" + asked + "\n## Configurar HTTPS manualmente\n\n" + steps)
        #expect(document.questions.map(\.text) == ["Como posso instalar?", "Como posso atualizar?", "Como posso alterar a senha?",
                                                  "Por que não é gratuito?", "Configurar HTTPS manualmente"])
    }

    @Test func wrappedListQuestionsCountWhereAListIsWeighed() {
        let items = (1...3).map { "* For profile \($0), does there need to be a load activation\n  profile with the same name?" }
        let document = read("<details>\n<summary>Questions you should ask?</summary>\n\n" + items.joined(separator: "\n") + "\n\n</details>\n")
        #expect(document.questions.count == 3)
        #expect(document.questions.allSatisfy { $0.layout == .listItem })
    }

    @Test(arguments: [("Quick answer", "Key points"), ("Resposta rápida", "Pontos principais")])
    func aPagesSummarySectionsAreNoEntries(_ quick: String, _ key: String) {
        let document = read("---\ntitle: FAQ\n---\n\n## \(quick)\n\nUse the installer.\n\n## \(key)\n\n- One\n- Two\n\n"
            + ["How do I install it?", "How do I update it?", "E-mails are not sent"].map { "## \($0)\n\nSee \($0.count).\n" }
            .joined(separator: "\n"))
        #expect(document.questions.map(\.text) == ["How do I install it?", "How do I update it?", "E-mails are not sent"])
    }

    /// An FAQ page in Turkish titled either way ("Sık Sorulan Sorular", "Sıkça Sorulan Sorular
    /// (SSS)"): its statement entries are entries.
    @Test(arguments: ["Sık Sorulan Sorular", "Sıkça Sorulan Sorular (SSS)", "SSS"])
    func turkishFAQTitles(_ title: String) {
        let page = "# \(title)\n\n## Teknik Sorunlar\n\n### Sayfa yüklenmiyor\n\nBağlantıyı kontrol edin.\n\n### Bildirimler gelmiyor\n\nİzinleri kontrol edin.\n"
        #expect(lines(page) == [5, 9])
    }

    @Test(arguments: ["Building Issues", "Problemas de instalación", "Ошибки сборки", "インストール エラー", "Lỗi thường gặp", "Typowe problemy"])
    func aPageTitledByItsProblemsIsATroubleshootingPage(_ title: String) {
        let entries = ["CMake Error", "Keymap Error", "Devicetree Errors"].map { "## \($0)\n\nCheck the \($0.count) settings.\n" }
        let document = read("---\ntitle: \(title)\n---\n\n" + entries.joined(separator: "\n"))
        #expect(document.questions.map(\.text) == ["CMake Error", "Keymap Error", "Devicetree Errors"])
    }

    @Test func numberOnlyHeadingsOverTheQuestionsTheyNumber() {
        let quiz = ["Qual é o output?", "Qual será o retorno?", "Como comentar um código em Javascript?", "Tudo em Javascript é ..."]
            .enumerated().map { "## ⬛ \($0.offset + 1)\n\n\($0.element)\n\n- A: sim\n- B: não\n" }.joined(separator: "\n")
        #expect(read("# PERGUNTAS\n\n" + quiz).questions.map(\.text) == ["Qual é o output?", "Qual será o retorno?",
            "Como comentar um código em Javascript?", "Tudo em Javascript é ..."])
        // Numbered sections over prose are no questions.
        let years = (2021...2024).map { "## \($0)\n\nReleased version \($0 - 2020).\n" }.joined(separator: "\n")
        #expect(read("# Changelog\n\n" + years).questions.isEmpty)
    }

    /// `??? question "…"` right after the last line of the previous admonition's body, with
    /// no blank line between, opens an admonition of its own (Python-Markdown opens one at any
    /// line of a block).
    @Test(arguments: ["???", "!!!"])
    func admonitionsWrittenWithoutABlankLineBetween(_ marker: String) {
        let page = "# FAQ\n\n\(marker) question \"How active is the community?\"\n    Very active.\n\n"
            + "\(marker) question \"How often is it updated?\"\n    Check the releases.\n\(marker) question \"How do I contribute?\"\n    Read the guide.\n"
        let document = read(page)
        #expect(document.questions.map(\.text) == ["How active is the community?", "How often is it updated?", "How do I contribute?"])
        #expect(document.questions.allSatisfy { !$0.answer.isEmpty })
    }

    /// In a troubleshooting page of categories over entries, a category that holds no entries
    /// but a fix of its own is one entry — between the others, or named as a problem — while
    /// the page's closing section after them all is none.
    @Test func aCategoryHoldingOneProblemIsAnEntry() {
        func category(_ title: String, _ entries: [String]) -> String {
            "## \(title)\n\n" + entries.map { "### \($0)\n\nTry \($0.count) things.\n\n" }.joined()
        }
        let page = "# Troubleshooting\n\n" + category("USB issues", ["Device not detected", "Device unauthorized", "Device disconnected"])
            + "## OTG on Windows\n\nInstall the driver.\n\n" + category("Control", ["Mouse does not work", "Keyboard does not work", "Special characters do not work"])
            + "## Production Problems\n\nCheck the base URL.\n\n## Translations\n\nSee the wiki.\n"
        let texts = read(page).questions.map(\.text)
        #expect(texts == ["Device not detected", "Device unauthorized", "Device disconnected", "OTG on Windows",
                          "Mouse does not work", "Keyboard does not work", "Special characters do not work", "Production Problems"])
    }

    /// A list of categories over lists of questions may end with a note of its own ("-
    /// **Совет:** …" after "- **Вопросы:**" over them); tasks in the informal imperative
    /// ("Реализуй…", "Напиши…") are questions there, and so is a category's one question.
    @Test func questionCategoriesWithANoteAndTasks() {
        let part = { (title: String, questions: [String]) in
            "### \(title)\n- **Вопросы:**\n" + questions.map { "    - \($0)\n" }.joined() + "\n- **Совет:** Попрактикуйся.\n\n"
        }
        let page = "# Вопросы\n\n" + part("1. Kotlin", ["В чем различия между Kotlin и Java?", "Что такое `data class`?", "Что такое `lazy`?"])
            + part("2. Алгоритмы", ["Реализуй алгоритм сортировки.", "Напиши функцию поиска.", "Как работает бинарный поиск?"])
        #expect(read(page).questions.count == 6)
        let keywords = "- 프로세스 & 스레드\n    - 프로세스와 스레드의 차이점은 무엇인가요?\n    - 멀티스레드와 멀티프로세스의 차이는 무엇인가요?\n"
            + "    - 컨텍스트 스위치에 대해서 설명해주세요\n- CPU 스케줄링\n- 프로세스 동기화\n    - Race Condition에 대해서 설명해주세요\n"
        #expect(lines(keywords) == [2, 3, 4, 7])
        // Folded under a <details> whose summary names the category, they are read too.
        #expect(lines("<details>\n<summary>운영체제</summary>\n\n" + keywords + "\n</details>\n") == [5, 6, 7, 10])
        // Entries of a table of contents over the questions their sections answer are none.
        let contents = "- [DOCTYPE](#doctype)\n  - DOCTYPE에 대하여 설명하시오\n  - meta 태그에 대해서 알고 있나요?\n  - 웹 표준이란?\n"
            + "- [SVG](#svg)\n  - SVG 장점과 단점\n  - SVG 내부 도형에 대해 아는게 있나요?\n\n## DOCTYPE\n\nText.\n\n## SVG\n\nText.\n"
        #expect(read(contents).questions.isEmpty)
    }

    /// "### Question 1.1: Design a Web Crawler" is labelled; "**Question:**" alone under it
    /// labels its question written out in the quote below, which restates the heading.
    @Test func sectionNumberedLabelsAndTheirQuestionWrittenOut() {
        #expect(QuestionPrefix.hasLabel("Question 1.1: Design a Web Crawler"))
        #expect(QuestionPrefix.hasLabel("Q2.3.1: Implement a cache"))
        let entry = { (number: String, title: String) in
            "### Question \(number): \(title)\n\n**Question:**\n> \"How would you build \(title.lowercased())?\"\n\n**Sample Answer:**\n\nCarefully.\n\n"
        }
        let page = "# Interview\n\n" + entry("1.1", "A Crawler") + entry("1.2", "A Rate Limiter") + entry("2.1", "A Chat")
        #expect(read(page).questions.map(\.text) == ["A Crawler", "A Rate Limiter", "A Chat"])
    }

    /// A troubleshooting item whose nested items name the symptom and the solution is an
    /// entry, however its title is written ("1. **ModuleNotFoundError**:").
    @Test func anItemAnsweredByANestedSolutionLabel() {
        let items = ["Elasticsearch Connection Issues", "ModuleNotFoundError"].enumerated().map {
            "\($0.offset + 1). **\($0.element)**:\n   - **Symptom**: It fails.\n   - **Solution**: Restart it.\n"
        }.joined(separator: "\n")
        #expect(read("## Troubleshooting\n\n" + items).questions.map(\.text) == ["Elasticsearch Connection Issues:", "ModuleNotFoundError:"])
    }

    /// A table whose first column is headed as symptoms, in any language or as one of
    /// alternatives ("Mensaje / síntoma"), holds entries.
    @Test(arguments: ["Síntoma", "Mensaje / síntoma", "Symptôme", "Симптом", "증상", "Gejala", "现象"])
    func aTableOfSymptoms(_ header: String) {
        let table = "# Solución de problemas\n\n| \(header) | Qué intentar |\n| --- | --- |\n| Archivos ignorados | Ya importados |\n| Todo omitido | Ya procesado |\n"
        #expect(lines(table) == [5, 6])
    }

    /// Where entries are numbered within numbered categories ("### 1.12 …" under "## 1. …"),
    /// a numbered category with no entries is a category ("## 2. RGA": see its guide).
    @Test func aNumberedCategoryWithoutEntriesStaysOne() {
        let page = "# FAQ\n\n## 1. 常见问题\n\n### 1.1 如何升级依赖库\n\n升级。\n\n### 1.2 不同平台推理结果不同\n\n正常。\n\n"
            + "## 2. RGA\n\n请参考[RGA文档](https://example.com)。\n\n## 3. YOLO\n\n### 3.1 类别置信度超过1\n\n检查模型。\n"
        #expect(read(page).questions.map(\.text) == ["1.1 如何升级依赖库", "1.2 不同平台推理结果不同", "3.1 类别置信度超过1"])
    }

    /// Admonitions of one kind titled alike but for a number ("Ejemplo 1", "Ejemplo 2") are
    /// examples in an answer, not entries of an FAQ — while "问题 1", "问题 2" label questions.
    @Test func numberedAdmonitionTitlesAreExamples() {
        let page = "# Preguntas frecuentes\n\n## ¿Cómo activo los logs?\n\nUsa la variable.\n\n## Multicast no funciona\n\nUsa host network.\n\n"
            + "!!! example \"Ejemplo 1\"\n    `-localaddr 1`\n\n!!! example \"Ejemplo 2\"\n    `-localaddr 2`\n\n## ¿Cómo actualizo?\n\nCon compose.\n"
        #expect(read(page).questions.map(\.text) == ["¿Cómo activo los logs?", "Multicast no funciona", "¿Cómo actualizo?"])
    }

    /// An anchor written on the line above a question (`<a name="faq1"></a>` then `**(1) How
    /// can I clear all data?**`, no blank line between) leaves the question a paragraph of
    /// its own.
    @Test func anAnchorLineAboveAQuestion() {
        let entries = ["How can I clear all data?", "Can I run both side by side?", "How can I fix it?"].enumerated().map {
            "<a name=\"faq\($0.offset + 1)\"></a>\n**(\($0.offset + 1)) \($0.element)**\n\nSome answer.\n"
        }
        let document = read("Frequently Asked Questions\n--------------------------\n\n" + entries.joined(separator: "\n"))
        #expect(document.questions.map(\.range.startLine) == [5, 10, 15])
        #expect(document.questions.allSatisfy { !$0.answer.isEmpty })
    }

    /// Numbering in Chinese numerals, as Chinese outlines write it: "（一）", "(十二)", "三、".
    @Test(arguments: [("（一）项目是如何解决组件化问题的", 1), ("(十二) 如何优化", 12), ("三、Node.js", 3), ("（二十三）排序", 23)])
    func chineseNumerals(_ text: String, _ number: Int) {
        #expect(QuestionPrefix.isNumbered(text))
        #expect(QuestionPrefix.number(text) == number)
    }

    @Test(arguments: ["一些问题", "（注）说明", "十分重要", "(a) first"])
    func notChineseNumbering(_ text: String) {
        #expect(!QuestionPrefix.isNumbered(text))
    }

    /// A closing "See also" in any language is a section, not one more entry.
    @Test(arguments: ["Zobacz też", "Siehe auch", "См. также", "参见"])
    func seeAlsoClosesAnFAQ(_ title: String) {
        let page = "# FAQ\n\n## Jak zainstalować?\n\nPrzez pip.\n\n## Jak zaktualizować?\n\nPrzez pip.\n\n## Problem z siecią\n\nSprawdź proxy.\n\n## \(title)\n\n- [Docs](docs.md)\n"
        #expect(lines(page) == [3, 7, 11])
    }

    /// A numbered heading with nothing after its number ("## 33. --") asks nothing, among
    /// numbered questions.
    @Test func aNumberOverNothingIsNoQuestion() {
        let page = (31...34).map { "## \($0). \($0 == 33 ? "--" : "How does part \($0) work?")\n\nText \($0).\n" }.joined(separator: "\n")
        #expect(read("# Answers\n\n" + page).questions.map(\.text) == ["How does part 31 work?", "How does part 32 work?", "How does part 34 work?"])
    }

    /// Under an FAQ title, a bulleted list whose items each open with a bold lead and go on
    /// with its answer (after a separator, or under it) is the FAQ's entries — not a numbered
    /// list of bold steps, bold labels ending in a colon, or a bold start of a sentence.
    @Test func boldLeadsOfAnFAQsItems() {
        let entries = "## Troubleshooting\n- **`'vite' is not recognized`**: jalankan `npm install`.\n"
            + "- **Port 3000 terpakai** — ubah `server.port`.\n- **途中で API キーを変更したい**  \n  `.env` を更新してください。\n"
        let document = read("# Tool\n\n## Install\n\nRun it.\n\n" + entries)
        #expect(document.questions.map(\.text) == ["'vite' is not recognized", "Port 3000 terpakai", "途中で API キーを変更したい"])
        #expect(document.questions.allSatisfy { $0.evidence == .boldLeadItem && !$0.answer.isEmpty })
        for list in ["1. **Neu starten** - Oft hilft ein Neustart\n2. **Geduld** - Manchmal braucht's einen Moment\n",
                     "- **查看文档：** 阅读指南\n- **搜索已知问题：** 搜索 Issue\n",
                     "- **COOP/COEP ヘッダは不要**です。\n- **Web ビルド**は単一スレッドです。\n"] {
            #expect(read("# FAQ\n\n## 困ったときは\n\n" + list).questions.isEmpty, "\(list)")
        }
    }

    /// A table whose question column only names questions ("| Q1 | step1_2 … |", a quiz's
    /// review table) asks none of them.
    @Test func aTableThatNamesQuestionsAsksNone() {
        let table = "# クイズ\n\n| 問題 | 復習セクション |\n|------|---------------|\n| Q1 | step1_2 インターネット |\n| Q2 | step1_3 プロトコル |\n| Q3 | step1_4 階層モデル |\n"
        #expect(read(table).questions.isEmpty)
    }

    /// "43 . What is polymorphism?": a number written with a space before its mark.
    @Test func aNumberWithASpaceBeforeItsMark() {
        #expect(QuestionPrefix.number("43 . What is polymorphism?") == 43)
        #expect(QuestionPrefix.strip("43 . What is polymorphism?") == "What is polymorphism?")
        #expect(!QuestionPrefix.isNumbered("43 .5 kg"))
        let lines = (175...177).map { "\($0) . What is part \($0)?\n" }.joined(separator: "\n")
        #expect(read("# Q\n\n" + lines).questions.map(\.text) == ["What is part 175?", "What is part 176?", "What is part 177?"])
    }

    /// Question labels numbered through the page, one under each topic ("### Q1: …", "###
    /// Q2: …", "### Q3: …"): they are its entries, and the other headings at their level —
    /// causes, methods, follow-ups that ask — are parts of their answers. Not where the labels
    /// carry no numbers, nor where the numbers do not run on.
    @Test func numberedQuestionLabelsAcrossTopics() {
        let faq = """
            # FAQ

            ## Latency

            ### Q1: How do I check the latency?

            Open the dashboard.

            ### Method A

            Use the console.

            ## Driver

            ### Q2: Why is the driver inactive?

            Several causes.

            ### Cause 1: old version

            Update it.

            ### Why so many events?

            Polling adds them.

            ## Debugging

            ### Q3: What is the debug level?

            How much the driver logs.

            ### How do I change it?

            Set the variable.
            """
        let document = read(faq)
        #expect(document.questions.map(\.range.startLine) == [5, 15, 29])
        #expect(document.questions.map { $0.answer.range?.endLine } == [11, 25, 35])
        #expect(lines(faq.replacingOccurrences(of: "### Q3:", with: "### Q7:")).count > 3)
        #expect(lines(faq.replacingOccurrences(of: "### Q1:", with: "### Q:").replacingOccurrences(of: "### Q2:", with: "### Q:")
            .replacingOccurrences(of: "### Q3:", with: "### Q:")).count > 3)
    }

    /// FAQ and troubleshooting titles of the Nordic, Central European, Greek, Hebrew and
    /// Southeast Asian languages title a page of statement entries, as the others do.
    @Test(arguments: ["Usein kysytyt kysymykset", "Ofta ställda frågor", "Ofte stillede spørgsmål", "Často kladené otázky",
                      "Gyakran ismételt kérdések", "Întrebări frecvente", "Συχνές ερωτήσεις", "Câu hỏi thường gặp",
                      "Pertanyaan yang sering diajukan", "คำถามที่พบบ่อย", "שאלות נפוצות", "Vianmääritys", "Felsökning",
                      "Khắc phục sự cố"])
    func moreLanguagesTitleFAQs(_ title: String) {
        let page = "# \(title)\n\n### Material error found\n\nOpen an issue.\n\n### Cannot enrol in the course\n\nNo enrolment is needed.\n"
        #expect(lines(page) == [3, 7])
    }

    /// Korean FAQ titles however their words are spaced ("자주묻는 질문", "자주 묻는질문").
    @Test(arguments: ["자주묻는 질문", "자주 묻는질문", "자주묻는질문", "자주 묻는 질문"])
    func koreanFAQTitlesSpacedAnyWay(_ title: String) {
        #expect(ReadingVocabulary.isFAQTitle(title))
        let page = "# \(title)\n\n## 게임\n\n### 서버에 접속되지 않음\n\n디도스일 수 있다.\n\n### 서버가 목록에 보이지 않음\n\n빈 서버 표시를 켠다.\n"
        #expect(lines(page) == [5, 9])
    }

    /// A multiple-choice quiz: numbered items over task lists of choices, or paragraphs over
    /// lettered choices, three or more, are its questions whatever they say; a plan's
    /// paragraphs over task lists are not.
    @Test func multipleChoiceQuizzes() {
        let numbered = (1...3).map { "\($0). Kombinasi pengkabelan nomor \($0) adalah ….\n- [ ] Satu\n- [x] Dua\n- [ ] Tiga\n" }.joined()
        let quiz = read(numbered)
        #expect(quiz.questions.map(\.range.startLine) == [1, 5, 9])
        #expect(quiz.questions.allSatisfy { $0.evidence == .choiceStem && !$0.answer.isEmpty })
        let lettered = (1...3).map { "---\n\nQue vaut `result` numéro \($0) ?\n\n- **A.** `true`\n- **B.** `false`\n" }.joined(separator: "\n")
        #expect(read("# Quiz\n\n" + lettered).questions.map(\.text) == ["Que vaut result numéro 1 ?", "Que vaut result numéro 2 ?", "Que vaut result numéro 3 ?"])
        let plan = (1...3).map { "Phase \($0) goals:\n\n- [ ] Ship part \($0)\n- [ ] Test part \($0)\n" }.joined(separator: "\n")
        #expect(read("# Roadmap\n\n" + plan).questions.isEmpty)
    }

    /// Numbered stems whose lettered choices are lines of the item itself ("1. Bazy danych …
    /// w modelu:↵   a) IaaS↵   b) PaaS"), most items so, are a quiz's questions whatever they
    /// say; numbered steps whose lines are not lettered in order are not.
    @Test func choicesOnTheLinesOfTheItem() {
        let polish = "## Rozdział 5. Platforma danych Azure\n\n1. Bazy danych w chmurze Azure można tworzyć w modelu:\n   a) IaaS\n   b) PaaS\n   c) w obu\n"
            + "2. Warstwę cenową bazy Azure SQL Database określa:\n   a) liczba jednostek DTU\n   b) liczba rdzeni\n"
            + "3. Usługa Cosmos DB to baza:\n   a) relacyjna\n   b) NoSQL\n"
        let quiz = read(polish)
        #expect(quiz.questions.map(\.range.startLine) == [3, 7, 10])
        #expect(quiz.questions.allSatisfy { $0.evidence == .choiceStem })
        let english = (1...3).map { "\($0). The default port of service \($0) is:\n   (a) 80\n   (b) 443\n" }.joined()
        #expect(lines("# Quiz\n\n" + english) == [3, 6, 9])
        let steps = "# Setup\n\n1. Install the tool:\n   a) download it\n   c) unpack it\n2. Configure it:\n   b) set the port\n   a) set the host\n3. Run it:\n   run it\n   check it\n"
        #expect(lines(steps).isEmpty)
    }

    /// A numbered heading a level too deep, numbered in the questions' sequence ("#### 2、解释
    /// null 和 undefined" between "### 1、…" and "### 3、…"), is one of them; an answer's
    /// numbered parts, which start again at 1, are not.
    @Test func aNumberedQuestionALevelTooDeep() {
        let chinese = "## 面试题\n\n### 1、解释一下什么是回调函数\n\n+ 回调函数是参数。\n\n#### 2、解释 JavaScript 中的 null 和 undefined。\n\n+ 两种类型。\n\n"
            + "### 3、两个页面如何进行通信？\n\n+ URL传值\n\n### 4、vue中父子组件如何传值？\n\n+ props\n"
        #expect(lines(chinese) == [3, 7, 11, 15])
        let english = "# Questions\n\n### 1. What is a closure?\n\nA function.\n\n#### 1. Example\n\nCode.\n\n#### 2. Caveats\n\nLeaks.\n\n"
            + "### 2. What is hoisting?\n\nMoving.\n\n### 3. What is this?\n\nContext.\n"
        #expect(lines(english) == [3, 15, 19])
    }

    /// Paragraphs that open with a number in bold ("**1.** What is REST?", "**2)** Considere o
    /// código…"), three or more counting up, are numbered questions as plain numbered lines
    /// are; a tutorial's bold-numbered steps, which neither ask nor set tasks, are not.
    @Test func numbersInBoldBeforeTheText() {
        let english = "# Interview questions\n\n**1.** What is REST?\n\nAn architectural style.\n\n**2.** What is SOAP?\n\nA protocol.\n\n"
            + "**3.** Explain idempotence.\n\nThe same result when repeated.\n\n**4.** Why cache responses?\n\nSpeed.\n"
        let document = read(english)
        #expect(document.questions.map(\.range.startLine) == [3, 7, 11, 15])
        #expect(document.questions.allSatisfy { !$0.answer.isEmpty })
        let portuguese = "# Questões\n\n**1)** Qual a diferença entre `let` e `var`?\n\nEscopo.\n\n**2)** Explique o que é uma closure.\n\n"
            + "Uma função.\n\n**3)** O que imprime o código abaixo?\n\n```js\nconsole.log(1)\n```\n"
        #expect(lines(portuguese) == [3, 7, 11])
        let steps = "# Install\n\n**1.** Download the archive.\n\nIt is on the release page.\n\n**2.** Unpack it into a folder.\n\n**3.** Run the installer.\n"
        #expect(lines(steps).isEmpty)
        // A number with words in bold is no bare number ("**Step 1.** …").
        #expect(lines(english.replacingOccurrences(of: "**1.**", with: "**Step 1.**")) == [7, 11, 15])
    }

    /// A word and a number in bold before the text number it too ("**Ex 1.** …의 차이를
    /// 설명하라.", "**Задача 2.** …"), the word the same through the run; a heading over such
    /// lines is their section, not a topic titling the first of them. Korean exercises set
    /// their task in the written imperative ("설명하라", "작성하시오").
    @Test func aWordAndANumberInBoldBeforeTheText() {
        let korean = "# 2-1. Exercises\n\n## 1. Basic Exercises\n\n**Ex 1.**  frequency histogram과 relative frequency histogram의 차이를 설명하라.\n\n"
            + "**Ex 2.**  stem and leaf diagram이 갖는 장점을 설명하라.\n\n```text\n69 92 68\n```\n\n## 2. Application Exercises\n\n"
            + "**Ex 3.**  다음 데이터의 histogram을 작성하시오.\n\n**Ex 4.**  표본의 평균을 구하라.\n\n## 3. Additional Exercises\n\n"
            + "**Ex 5.**  표본의 분산을 구하라.\n\n**Ex 6.**  두 그림의 차이를 설명하라.\n"
        #expect(lines(korean) == [5, 7, 15, 17, 21, 23])
        let russian = "# Задачи\n\n" + (1...3).map { "**Задача \($0).** Что выведет код \($0)?\n\n```py\nprint(\($0))\n```\n\n" }.joined()
        #expect(lines(russian) == [3, 9, 15])
        // Steps that neither ask nor set tasks stay quiet, and one run keeps one word.
        let steps = "# Install\n\n" + (1...3).map { "**Step \($0).** Download part \($0) of the archive.\n\n" }.joined()
        #expect(lines(steps).isEmpty)
        let mixed = "# Ejercicios\n\n**Ex 1.** ¿Qué es una pila?\n\n**Paso 2.** ¿Qué es una cola?\n\n**Ex 3.** ¿Qué es un árbol?\n"
        #expect(lines(mixed).isEmpty)
        #expect(ReadingVocabulary.opensAsQuestion("표본의 평균을 구하라."))
        #expect(ReadingVocabulary.opensAsQuestion("다음 데이터의 histogram을 작성하시오."))
    }

    /// A question label of any language takes a full stop after its number ("Pregunta 3.",
    /// "Вопрос 12."), which a sentence does not put there; without a number only English
    /// labels take one ("Q. …"), not "Frage. Wer …".
    @Test func aLabelNumberedWithAFullStop() {
        #expect(QuestionPrefix.hasLabel("Pregunta 3. Explica la diferencia entre A y B."))
        #expect(QuestionPrefix.strip("Вопрос 12. Что такое индекс?") == "Что такое индекс?")
        #expect(!QuestionPrefix.hasLabel("Frage. Wer kommt mit?"))
        let spanish = "# Ejercicios\n\n" + (1...3).map { "**Pregunta \($0).** Explica el concepto \($0).\n\nRespuesta \($0).\n\n" }.joined()
        #expect(lines(spanish) == [3, 7, 11])
    }

    /// A quiz whose options are bullets with the right ones alone in bold ("- Na Imagem",
    /// "- __No Docker Host__"): the paragraph over each list of options is a question, also
    /// over the code the question shows, three or more — whatever it says. A list of which
    /// every item is bold, or none, marks nothing.
    @Test func choicesWithTheRightOnesInBold() {
        let portuguese = "# Perguntas\n\n## Aula 1\n\nVimos que máquinas virtuais custam caro.\n\nMas elas também têm problemas, exceto um. Qual?\n\n"
            + "- O custo de hardware.\n- __A dificuldade em fazer backup.__\n\n> Esse não é um problema.\n\n"
            + "Um volume fica salvo:\n\n- Na Imagem\n- __No Docker Host__\n- No Container\n\n"
            + "Flavio inspecionou um container e viu:\n\n```json\n{\"RW\": true}\n```\n\n- Pertence à máquina.\n- __Pertence ao container.__\n"
        let quiz = read(portuguese)
        #expect(quiz.questions.map(\.range.startLine) == [7, 14, 20])
        #expect(quiz.questions.allSatisfy { $0.evidence == .choiceStem })
        let english = (1...3).map { "Which port does service \($0) use?\n\n- 80\n- **443**\n- 8080\n\n" }.joined()
        #expect(lines("# Quiz\n\n" + english) == [3, 9, 15])
        let allBold = (1...3).map { "Features of part \($0):\n\n- **Fast**\n- **Small**\n\n" }.joined()
        #expect(lines("# Guide\n\n" + allBold).isEmpty)
    }

    /// Question labels of more languages open a labelled paragraph, with a number and a colon:
    /// Turkish "Soru 1:", Indonesian "Pertanyaan 1:" and "Soal 1:", Dutch "Vraag 1:", Czech
    /// "Otázka 1:", Vietnamese "Câu 1:". The word alone in a sentence labels nothing.
    @Test(arguments: ["Soru", "Pertanyaan", "Soal", "Vraag", "Otázka", "Câu"])
    func questionLabelsOfMoreLanguages(_ label: String) {
        #expect(QuestionPrefix.hasLabel("\(label) 1: SAP Commerce nedir?"))
        #expect(QuestionPrefix.strip("\(label) 2: Apache Solr") == "Apache Solr")
        let page = (1...3).map { "\(label) \($0): Konu \($0) hakkında bilgi veriniz.\n\nCevap \($0).\n\n---\n\n" }.joined()
        #expect(lines(page) == [1, 7, 13])
        #expect(!QuestionPrefix.hasLabel("\(label) dengan teman"))
    }

    /// On a page titled as a bank of questions, one-line paragraphs set apart by more blank
    /// lines above than below ("Java语言有哪些特点？" after three blank lines, its answer one
    /// below), three or more, a third of them asking, are its questions, statements among them
    /// ("Oracle JDK和Open JDK的对比") — where that spacing is the author's convention: not where
    /// most blocks set apart so are something else, nor where none of the lines asks.
    @Test func questionsSetApartBySpacing() {
        let entries = ["Java语言有哪些特点？", "Oracle JDK和Open JDK的对比", "为什么说Java是编译与解释共存的语言？", "浅拷贝和深拷贝"]
        let chinese = "# 面试常见题目\n\n## 一、Java基本概念\n" + entries.map { "\n\n\n\($0)\n\n一些回答。\n\n- 第一点\n- 第二点\n" }.joined()
        let document = read(chinese)
        #expect(document.questions.map(\.text) == entries)
        #expect(document.questions.allSatisfy { $0.evidence == .spacedLine && !$0.answer.isEmpty })
        // Spaced evenly, the lines are the answers' paragraphs.
        #expect(read(chinese.replacingOccurrences(of: "\n\n\n\n", with: "\n\n")).questions.isEmpty)
        // Nothing asks: headings written as paragraphs ("举例", "一句话总结").
        let notes = "# 面试题目\n" + ["物理层特性", "仲裁机制原理", "一句话总结"].map { "\n\n\n\($0)\n\n一些说明。\n" }.joined()
        #expect(read(notes).questions.isEmpty)
        // Most blocks set apart so are code and tables: an accident of spacing.
        let accidental = chinese + (1...6).map { "\n\n\n```\ncode \($0)\n```\n" }.joined()
        #expect(read(accidental).questions.isEmpty)
    }

    /// A sentence with a blank to fill in asks (a cloze question); a rule or a snake_case name
    /// does not.
    @Test func blanksToFillIn() {
        #expect(QADocumentReader.isQuestionTitle("项目后端的工作目录是 `________`，其包管理器统一使用 `________`。"))
        #expect(QADocumentReader.isQuestionTitle("The capital of France is ____."))
        #expect(!QADocumentReader.isQuestionTitle("Set __init__ and MAX_RETRY_COUNT"))
        let sheet = (1...3).map { "\($0). 入口文件是 `________`，端口默认为 `____\($0)`。" }.joined(separator: "\n")
        #expect(read("# 复习题\n\n" + sheet + "\n").questions.count == 3)
    }

    /// "Fragen & Antworten", "Questions/Answers": an FAQ title of three words joined by a short
    /// one is also written with a sign for it; the statements under it are its entries
    /// ("### Ich sehe alle Werte doppelt"), and the bold labels over its table of contents
    /// ("**Fehlersuche**" over links to its headings) are no entries.
    @Test func anFAQTitleJoinedByASign() {
        let asking = ["Brauche ich Internet?", "Brauche ich ein Display?", "Was passiert nach einem Neustart?"]
        let statements = ["Ich sehe alle Werte doppelt", "Ein Gerät fehlt in der Auswahl", "Das Symbol fehlt oben", "HACS meldet 404"]
        func anchor(_ text: String) -> String { "- [\(text)](#\(text.lowercased().replacingOccurrences(of: " ", with: "-")))" }
        let groups = [("Erste Schritte", asking), ("Im Betrieb", Array(statements.prefix(2))), ("Fehler beheben", Array(statements.suffix(2)))]
        var page = "# Fragen & Antworten\n\n" + groups.map { "**\($0.0)**\n" + $0.1.map(anchor).joined(separator: "\n") + "\n\n" }.joined()
        page += "---\n\n## Allgemein\n\n" + asking.map { "### \($0)\n\nJa, so ist es.\n\n" }.joined() + "## Fehlersuche\n\n"
        page += statements.map { "### \($0)\n\nDas Display neu starten.\n\n" }.joined()
        #expect(read(page).questions.map(\.text) == asking + statements)
        for sign in ["&", "/", "und"] {
            let english = page.replacingOccurrences(of: "# Fragen & Antworten", with: "# Questions \(sign == "und" ? "and" : sign) Answers")
            #expect(read(english).questions.count == 7)
        }
        // Not a title of two words with nothing between them that the list has not.
        #expect(read(page.replacingOccurrences(of: "# Fragen & Antworten", with: "# Anleitung & Hilfe")).questions.count == 3)
    }

    /// A hub of FAQ pages: headings over cards of links, every word a link's text, have no body
    /// of their own and are no entries ("## Almacenamiento" over a card to `/storage/faq`); a
    /// card beside a sentence of the heading's own is an answer.
    @Test func headingsOverLinkCardsAreNoEntries() {
        let card = { (href: String, title: String) in
            "<div class=\"grid\">\n  <a class=\"card\" href=\"\(href)\">\n    <div class=\"title\">\(title)</div>\n"
                + "    <div class=\"desc\">Preguntas sobre \(title).</div>\n  </a>\n</div>\n"
        }
        let hub = "# Preguntas Frecuentes\n\nLas preguntas frecuentes de nuestros productos.\n\n"
            + [("/ai/faq", "Inteligencia Artificial"), ("/storage/faq", "Almacenamiento"), ("/network/faq", "Redes")]
                .map { "## \($0.1)\n\n" + card($0.0, $0.1) }.joined(separator: "\n")
        #expect(read(hub).questions.isEmpty)
        let answered = hub.replacingOccurrences(of: "<div class=\"grid\">", with: "Lea la guía.\n\n<div class=\"grid\">")
        #expect(read(answered).questions.count == 3)
        #expect(LinkIndex.onlyLinks(html: "<a href=\"/x\">\n<b>Go</b>\n</a>") == true)
        #expect(LinkIndex.onlyLinks(html: "<div>Read <a href=\"/x\">this</a></div>") == false)
        #expect(LinkIndex.onlyLinks(html: "<div class=\"note\">No links here</div>") != true)
    }

    /// Numbered entries that number on under one heading after another ("1."–"2." under "##
    /// Installation & Setup", "3." under "## Offline Mode", …) are the entries, whatever they say,
    /// and the headings of an FAQ over them its categories.
    @Test func numberedEntriesNumberingOnUnderCategories() {
        let parts = [("Installation & Setup", ["How do I install this launcher?", "Where does it store data?"]),
                     ("Mod Support", ["Mod troubleshooting checklist"]),
                     ("Common Issues", ["Download stuck at 1%", "Game crashes on launch"]),
                     ("Advanced Features", ["Custom Java setup"])]
        let page = numberedThrough(parts, title: "# Frequently Asked Questions\n", part: { "\n## \($0)\n" }) { number, entry in
            "\(number). **\(entry)**  \n   - Restart the launcher\n\n"
        }
        let document = read(page)
        #expect(document.questions.map(\.text) == parts.flatMap(\.1))
        // Numbered afresh under each heading, the items are each heading's answer in steps.
        let afresh = page.replacingOccurrences(of: "3. **Mod", with: "1. **Mod").replacingOccurrences(of: "4. **Download", with: "1. **Download")
            .replacingOccurrences(of: "5. **Game", with: "2. **Game").replacingOccurrences(of: "6. **Custom", with: "1. **Custom")
        #expect(read(afresh).questions.count != 6)
        // Checks numbered on under entries phrased as statements are those entries' steps:
        // "5. Unset http_proxy." under "## The commands fail".
        let steps = "# Troubleshooting FAQ\n\n## It does not start\n\n1. Set the admin password.\n2. Set the cluster name.\n\n"
            + "## The commands fail\n\n3. Unset http_proxy for the local address.\n\n## The client cannot connect\n\n4. Open the port.\n"
        #expect(read(steps).questions.map(\.text) == ["It does not start", "The commands fail", "The client cannot connect"])
    }

    /// Invisible marks an editor leaves at a line's start (a left-to-right mark, a zero-width
    /// space) hide no label: "\u{200E}**Soru:** …" is labelled as its neighbours are; and a line
    /// of only such a mark, which is no blank line, does not join the next entry to an answer.
    @Test func invisibleMarksBeforeALabel() {
        let entry = { (mark: String, question: String) in "\(mark)**Soru:** \(question)\n\(mark)**Cevap:** Evet.\n" }
        let questions = ["Sertifika alacak mıyım?", "Yoklama alınıyor mu?", "Kayıt var mı?", "Proje tek kişilik mi?", "Mentor var mı?"]
        let page = entry("", questions[0]) + "\n" + entry("", questions[1]) + "\n" + entry("\u{200E}", questions[2])
            + "\u{200E}\n" + entry("", questions[3]) + "\u{200B}\n" + entry("\u{FEFF}", questions[4])
        #expect(read(page).questions.map(\.text) == questions)
        #expect(QuestionPrefix.hasLabel("\u{200E}Q: Is it free?") && QuestionPrefix.strip("\u{200B}Q: Is it free?") == "Is it free?")
    }

    /// A line that asks right before the label a quiz repeats under its questions ("Select
    /// only one answer." under each "## What is A?") is one of them written without its
    /// heading; the label is no part of its answer. A line that asks before anything else
    /// stays in the answer.
    @Test func aQuestionWithoutItsHeadingOverTheRepeatedLabel() {
        let heading = { (question: String) in "## \(question)\n\nSelect only one answer.\n\n- [ ] One\n- [ ] Two\n\n" }
        let page = "# Sample Questions\n\n" + ["What is A?", "What is B?", "What is C?"].map(heading).joined()
            + "What is D?\n\nSelect only one answer.\n\nOne.\n\nTwo.\n"
        let document = read(page)
        #expect(document.questions.map(\.text) == ["What is A?", "What is B?", "What is C?", "What is D?"])
        #expect(document.questions.last?.evidence == .beforePrompt)
        #expect(document.questions.last?.answer.text.prose.contains("Select") == false)
        let unlabelled = page.replacingOccurrences(of: "What is D?\n\nSelect only one answer.", with: "What is D?\n\nPick one.")
        #expect(read(unlabelled).questions.count == 3)
    }

    /// Numbered top sections that do not ask are a document's outline — unless the page's
    /// title names them questions ("# Вопросы к экзамену" over "## 2. Модели ЖЦ.", five or
    /// more: the tickets of an exam). Not where they hold sections of their own ("## 1.
    /// Conceitos" over "### 1.1 Testes de Regressão"), nor under a title that names none.
    @Test func numberedTopicsUnderATitleThatNamesQuestions() {
        let topics = ["Жизненный цикл ПО.", "Модели ЖЦ.", "Водопадная модель.", "Методология Ройса.", "V-модель."]
        let body = topics.enumerated().map { "## \($0.offset + 1). \($0.element)\n\nОтвет на билет.\n\n" }.joined()
        #expect(read("# Вопросы к экзамену МиСПИ\n\n" + body).questions.map(\.text) == topics)
        #expect(read("# Конспект МиСПИ\n\n" + body).questions.isEmpty)
        let parted = topics.enumerated().map { "## \($0.offset + 1). \($0.element)\n\n### \($0.offset + 1).1 Введение\n\nТекст.\n\n" }.joined()
        #expect(read("# Вопросы к экзамену МиСПИ\n\n" + parted).questions.isEmpty)
    }

    /// Chinese asks at the end with the colloquial 么 for 吗 ("参数是一样的么"), and names a
    /// difference with 差别 as with 区别; a list of such items, each over its answer's bullets,
    /// is a list of questions.
    @Test func chineseQuestionsEndingInMeOrChabie() {
        for question in ["BN训练和测试时的参数是一样的么", "dropout与Bagging的差别", "這樣可以麼"] {
            #expect(ReadingVocabulary.opensAsQuestion(question), "\(question)")
        }
        let items = ["Normalization的作用", "BN层为什么有效", "BN训练和测试时的参数是一样的么", "dropout与Bagging的差别",
                     "dropout有什么缺陷", "batch_size的选择策略"]
        let page = items.enumerated().map { "\($0.offset + 1). \($0.element)\n    - 一个回答。\n" }.joined(separator: "\n")
        #expect(read(page).questions.map(\.text) == items)
    }

    /// Under an FAQ title (here a site's, in the front matter), headings of one word each, none
    /// asking, are a page's sections, not its entries ("### Nodes", "### Wallets" over tables
    /// of recommendations); phrases are statement entries ("### Nodes fail to sync").
    @Test func oneWordHeadingsUnderAnFAQTitleAreSections() {
        let page = { (titles: [String]) in
            "---\ntitle: Bitcoin Q+A\n---\n\n## Empfohlene Projekte\n\n" + titles.map { "### \($0)\n\nMehr findest du [hier](/x).\n\n| Name | Beschreibung |\n|---|---|\n| [A](https://a.example) | Gut |\n\n" }.joined()
        }
        #expect(read(page(["Nodes", "Wallets", "Börsen"])).questions.isEmpty)
        #expect(read(page(["Nodes fail to sync", "Wallets show no balance", "Börsen sperren das Konto"])).questions.count == 3)
    }

    /// A number with a dash right after it numbers a line ("2- Kotlin'de null safety nasıl
    /// sağlanır?", "1-Kotlin nedir?"), where a space or a capitalized word follows — not a
    /// range, a dimension or a compound ("2-3 gün", "3-D printing", "2-way binding").
    @Test func numbersFollowedByADash() {
        #expect(QuestionPrefix.number("2- Kotlin'de null safety nasıl sağlanır?") == 2)
        #expect(QuestionPrefix.number("1-Kotlin nedir?") == 1)
        for text in ["2-3 gün sürer", "3-D printing", "2-way binding", "5- 6 kişi", "4-"] {
            #expect(QuestionPrefix.number(text) == nil, "\(text)")
        }
        let questions = ["Kotlin nedir?", "Null safety nasıl sağlanır?", "Type inference nedir?", "val ve var farkı nedir?"]
        let page = "# Kotlin Mulakat Sorulari\n\n" + questions.enumerated().map { "\($0.offset + 1)- \($0.element)\n-> Bir cevap.\n" }.joined(separator: "\n")
        #expect(read(page).questions.map(\.text) == questions)
    }

    /// Numbered topics of an interview bank, afresh under each category ("## Android" over
    /// "### 2. Activity 와 Fragment 차이", "### 5. ANR"), are its questions in every category,
    /// the last one too, though none of its own asks ("## CS" over "### 8. JVM"): where the
    /// other categories' topics mostly do not ask either, it is more of the same, not a page's
    /// numbered points after its questions.
    @Test func aCategoryOfTopicsAmongCategoriesOfTopics() {
        let categories = [("Android", ["Android 4대 컴포넌트", "Activity 와 Fragment 차이", "Intent", "ANR"]),
                          ("Kotlin", ["Scope Function", "data class 에서 copy()를 사용하는 이유?", "중첩 클래스와 내부 클래스 차이", "Companion object"]),
                          ("CS", ["Singleton", "MVC, MVP, MVVM", "DI", "JVM"])]
        var page = "# 🎙 Android Interview\n\n"
        for (title, topics) in categories {
            page += "## \(title)\n" + topics.enumerated().map { "### \($0.offset + 1). \($0.element)\n설명.\n\n" }.joined()
        }
        #expect(read(page).questions.map(\.text) == categories.flatMap(\.1))
    }

    /// A GitBook export ends its lines with "\" and leaves "\" lines for blank ones, so a
    /// paragraph runs on over several entries: a later line that is only a question in bold
    /// starts the next one, where three or more paragraphs open with one — not a bold line
    /// that asks inside an answer of a page that writes its questions otherwise.
    @Test func boldQuestionsRunOnInOneParagraph() {
        let questions = ["¿De dónde se toma el precio?", "¿Me dará intereses?", "¿Puedo minar BTC?", "¿Qué monedas hay?", "¿Cómo crear una billetera?"]
        let entry = { (question: String) in "**\(question)**\\\n\\\nUna respuesta.\\\n" }
        let page = "# Guía\n\n" + entry(questions[0]) + "\\\n" + entry(questions[1]) + "\\\n" + entry(questions[2])
            + "\n" + entry(questions[3]) + "\n" + entry(questions[4])
        #expect(read(page).questions.map(\.text) == questions)
        let answerAsks = "# Guía\n\n## ¿Cómo empiezo?\n\nAsí.\\\n**¿Y después?**\\\nLo demás.\n"
        #expect(read(answerAsks).questions.count == 1)
    }

    /// `::: code-tabs#shell` names an id after the kind, no title: the tabs of an entry's
    /// answer on a troubleshooting page are no entries of their own.
    @Test func anIdAfterAContainersKindIsNoTitle() {
        let tabs = { (id: String) in "::: code-tabs#\(id)\n\n@tab pnpm\n\n```bash\npnpm dlx vp-update\n```\n\n@tab npm\n\n```bash\nnpx vp-update\n```\n\n:::\n" }
        let entries = ["useXXX() is called without provider", "Issues with peer dependencies found", "xxx is not installed"]
        let page = "# 常见错误\n\n" + zip(entries, ["shell", "bundler", "shell"]).map { "## \($0.0)\n\n请升级依赖。\n\n" + tabs($0.1) }.joined(separator: "\n")
        #expect(read(page).questions.map(\.text) == entries)
    }

    /// The entries' level is the one of the FAQ title's own part: a later part of the page
    /// ("# Чек-лист" over more "### ✔ N. …?" items than the FAQ has questions) does not make
    /// the steps under the FAQ's statement entries ("### ✔ 1. Не вводите http://") entries.
    @Test func theEntryLevelIsTheTitlesOwnParts() {
        let statements = ["Не удаётся войти в интеграцию", "Появляется ошибка доступа", "Не отображаются сенсоры NVMe",
                          "Интеграция медленно обновляет значения"]
        let asking = ["Можно ли использовать два сервера?", "Безопасно ли использовать токены?", "Как удалить старые сенсоры?",
                      "Где сообщить об ошибке?"]
        let checks = ["Открывается ли Proxmox?", "Используете только IP?", "API-токен включён?", "Есть ошибки в логах?", "Пробовали режим инкогнито?"]
        var page = "# ❓ FAQ — Часто задаваемые вопросы\n\n"
        page += statements.map { "## \($0)\n\n### ✔ 1. Не вводите http://\nТекст.\n\n### ✔ 2. Не указывайте порт\nТекст.\n\n" }.joined()
        page += asking.map { "## \($0)\n\nДа.\n\n" }.joined()
        page += "# 🧾 Чек-лист перед созданием Issue\n\n" + checks.enumerated().map { "### ✔ \($0.offset + 1). \($0.element)\nПроверьте.\n\n" }.joined()
        page += "# 🚫 Известные ограничения\n\n" + ["PBS от Tuxis", "Сенсоры в VM", "Кластеры Proxmox"].enumerated()
            .map { "### 🔒 \($0.offset + 1). \($0.element)\nТекст.\n\n" }.joined()
        #expect(read(page).questions.count == statements.count + asking.count + checks.count)
        #expect(read(page).questions.prefix(4).map(\.text) == statements)
    }

    /// On a page that is no FAQ and names no questions, lists whose every item is only a link
    /// to another page, ten or more, are its navigation however their titles ask (a
    /// getting-started page's "* [서버는 어떻게 열어야 하나요?](/tutorials/…)"); under an FAQ
    /// title they are its questions, answered elsewhere.
    @Test func linksToOtherPagesAreNavigationOutsideAnFAQ() {
        let titles = (1...10).map { "질문 \($0)은 어떻게 하나요?" }
        let lists = "## 개념 이해\n" + titles.prefix(5).enumerated().map { "* [\($0.element)](/tutorials/a\($0.offset))\n" }.joined()
            + "\n## 서버 운영\n" + titles.suffix(5).enumerated().map { "* [\($0.element)](/tutorials/b\($0.offset))\n" }.joined()
        #expect(read("# 마인크래프트 서버 시작하기\n\n" + lists).questions.isEmpty)
        #expect(read("# FAQ\n\n" + lists).questions.count == 10)
    }
}
