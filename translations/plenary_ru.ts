<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AkomaNtoso</name>
    <message>
        <source>header field &apos;%1&apos;: character %2 cannot be written in XML</source>
        <translation>поле заголовка «%1»: символ %2 нельзя записать в XML</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>условное обозначение</translation>
    </message>
    <message>
        <source>revision label</source>
        <translation>название редакции</translation>
    </message>
    <message>
        <source>revision identifier</source>
        <translation>идентификатор редакции</translation>
    </message>
    <message>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>the %1 holds character %2, which XML cannot carry</source>
        <translation>поле «%1» содержит символ %2, который нельзя передать в XML</translation>
    </message>
    <message>
        <source>%1 (#%2), character %3: %4 cannot be written in XML</source>
        <translation>%1 (#%2), символ %3: %4 нельзя записать в XML</translation>
    </message>
    <message>
        <source>the document has no date: give it a &apos;date&apos; header field or export a revision with a date</source>
        <translation>у документа нет даты: добавьте поле заголовка «date» или экспортируйте редакцию с датой</translation>
    </message>
    <message>
        <source>the document&apos;s date &apos;%1&apos; is not of the form YYYY-MM-DD, and no revision date was given</source>
        <translation>дата документа «%1» не в формате ГГГГ-ММ-ДД, а дата редакции не указана</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Секретариат</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Distr.: %1</source>
        <translation>Распр.: %1</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Язык оригинала: %1</translation>
    </message>
    <message>
        <source>Alternative %1</source>
        <translation>Вариант %1</translation>
    </message>
    <message>
        <source>Alternative %1 (%2)</source>
        <translation>Вариант %1 (%2)</translation>
    </message>
</context>
<context>
    <name>BlameCommand</name>
    <message>
        <source>Show, for each paragraph, the revision that last changed its text.</source>
        <translation>Показать для каждого пункта редакцию, в которой его текст был изменён последним.</translation>
    </message>
    <message>
        <source>[REV]</source>
        <translation>[РЕДАКЦИЯ]</translation>
    </message>
    <message>
        <source>give at most one revision</source>
        <translation>укажите не более одной редакции</translation>
    </message>
    <message>
        <source>the branch has no revision yet</source>
        <translation>в ветке ещё нет ни одной редакции</translation>
    </message>
</context>
<context>
    <name>BranchCommand</name>
    <message>
        <source>List the branches, or start a proposal: a new branch with a title.</source>
        <translation>Показать ветки или начать предложение: новую ветку с названием.</translation>
    </message>
    <message>
        <source>[NAME]</source>
        <translation>[ИМЯ]</translation>
    </message>
    <message>
        <source>The proposal&apos;s title, as readers know it (&quot;EU proposal on OP 7&quot;).</source>
        <translation>Название предложения, как его знают читатели («Предложение ЕС по п. 7 постановляющей части»).</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>НАЗВАНИЕ</translation>
    </message>
    <message>
        <source>give one name: plenary branch eu-op7 --title &quot;EU proposal on OP 7&quot;</source>
        <translation>укажите одно имя: plenary branch eu-op7 --title &quot;Предложение ЕС по п. 7&quot;</translation>
    </message>
    <message>
        <source>--title names a new proposal: plenary branch NAME --title TITLE</source>
        <translation>--title задаёт название нового предложения: plenary branch ИМЯ --title НАЗВАНИЕ</translation>
    </message>
    <message>
        <source>Started proposal %1 at revision %2; you are on it now.</source>
        <translation>Начато предложение %1 на редакции %2; теперь вы работаете в нём.</translation>
    </message>
</context>
<context>
    <name>BranchMerge</name>
    <message>
        <source>%1 (%2) has no %3</source>
        <translation>в %1 (%2) нет %3</translation>
    </message>
    <message>
        <source>the text of %1 (%2) does not read: %3</source>
        <translation>текст %1 (%2) не читается: %3</translation>
    </message>
    <message>
        <source>the branch has no revision yet</source>
        <translation>в ветке ещё нет редакций</translation>
    </message>
    <message>
        <source>%1 shares no history with %2: it is not a version of this negotiation</source>
        <translation>у %1 нет общей истории с %2: это не версия этих переговоров</translation>
    </message>
    <message>
        <source>the common revision</source>
        <translation>общая редакция</translation>
    </message>
    <message>
        <source>manifest: %1</source>
        <translation>манифест: %1</translation>
    </message>
    <message>
        <source>%1 cannot hold alternatives: take one side with --ours or --theirs, or resolve them in the editor</source>
        <translation>%1 не может содержать варианты: выберите сторону с помощью --ours или --theirs или разрешите их в редакторе</translation>
    </message>
    <message>
        <source>the merge still has conflicts</source>
        <translation>в слиянии ещё есть конфликты</translation>
    </message>
    <message>
        <source>the merged text would not read: %1</source>
        <translation>объединённый текст не читался бы: %1</translation>
    </message>
    <message>
        <source>the merged manifest would not read: %1</source>
        <translation>объединённый манифест не читался бы: %1</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Слияние %1</translation>
    </message>
    <message>
        <source>Merge proposal %1 (%2)</source>
        <translation>Слияние предложения %1 (%2)</translation>
    </message>
    <message>
        <source>removed by %1, changed by %2</source>
        <translation>удалён %1, изменён %2</translation>
    </message>
    <message>
        <source>changed by %1, removed by %2</source>
        <translation>изменён %1, удалён %2</translation>
    </message>
    <message>
        <source>set differently by %1 and %2</source>
        <translation>задан по-разному %1 и %2</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>numbering</source>
        <translation>нумерация</translation>
    </message>
    <message>
        <source>changed differently by %1 and %2 (%3)</source>
        <translation>изменён по-разному %1 и %2 (%3)</translation>
    </message>
    <message>
        <source>%1&apos;s version kept</source>
        <translation>сохранена версия %1</translation>
    </message>
    <message>
        <source>%1&apos;s version taken</source>
        <translation>принята версия %1</translation>
    </message>
    <message>
        <source>both versions kept as alternatives</source>
        <translation>обе версии сохранены как варианты</translation>
    </message>
    <message>
        <source>a text blended from both versions</source>
        <translation>текст, объединённый из обеих версий</translation>
    </message>
    <message>
        <source>Conflicts settled (%1): %2</source>
        <translation>Разрешено конфликтов (%1): %2</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check documents and summarise paragraphs, statuses, brackets and words.</source>
        <translation>Проверить документы и вывести сводку по пунктам, статусам, квадратным скобкам и словам.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>ФАЙЛ...</translation>
    </message>
    <message>
        <source>List every open bracketed span with its paragraph.</source>
        <translation>Перечислить все фрагменты, остающиеся в квадратных скобках, с указанием пункта.</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>не указан файл</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>проблем нет</translation>
    </message>
    <message>
        <source>errors %1, warnings %2</source>
        <translation>ошибки: %1, предупреждения: %2</translation>
    </message>
    <message>
        <source>title: %1</source>
        <translation>название: %1</translation>
    </message>
    <message>
        <source>kind: %1, language %2</source>
        <translation>вид: %1, язык: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>paragraphs: %1</source>
        <translation>пункты: %1</translation>
    </message>
    <message>
        <source>operative paragraphs: %1</source>
        <translation>пункты постановляющей части: %1</translation>
    </message>
    <message>
        <source>narrative paragraphs: %1</source>
        <translation>повествовательные пункты: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>inserted: %1</source>
        <translation>вставленные: %1</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>статус: %1</translation>
    </message>
    <message>
        <source>open brackets: spans %1, alternative groups %2 (options %3)</source>
        <translation>оставшиеся квадратные скобки: фрагменты — %1, группы вариантов — %2 (варианты — %3)</translation>
    </message>
    <message>
        <source>words: %1</source>
        <translation>число слов: %1</translation>
    </message>
    <message>
        <source>(line %1)</source>
        <translation>(строка %1)</translation>
    </message>
</context>
<context>
    <name>CleanCommand</name>
    <message>
        <source>Remove deleted paragraphs from the text (rewrites the file; history keeps them).</source>
        <translation>Убрать из текста исключённые пункты (файл перезаписывается; в истории они сохраняются).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>не указан файл</translation>
    </message>
    <message>
        <source>give exactly one file</source>
        <translation>укажите ровно один файл</translation>
    </message>
    <message>
        <source>%1:%2: error: %3 refers to %4, which would be removed; remove or change the reference first</source>
        <translation>%1:%2: ошибка: %3 ссылается на %4, который будет убран из текста; сначала удалите или измените ссылку</translation>
    </message>
    <message>
        <source>%1: no deleted paragraphs; nothing to clean</source>
        <translation>%1: исключённых пунктов нет; очищать нечего</translation>
    </message>
    <message>
        <source>%1: removed %2</source>
        <translation>%1: убрано из текста: %2</translation>
    </message>
</context>
<context>
    <name>CloneCommand</name>
    <message>
        <source>Make your own copy of a negotiation from its shared remote.</source>
        <translation>Создать свою копию переговоров из общего удалённого хранилища.</translation>
    </message>
    <message>
        <source>URL DIR</source>
        <translation>URL КАТАЛОГ</translation>
    </message>
    <message>
        <source>give the remote and a folder: plenary clone URL DIR</source>
        <translation>укажите удалённое хранилище и каталог: plenary clone URL КАТАЛОГ</translation>
    </message>
    <message>
        <source>plenary: warning: %1 was cloned, but it is not a negotiation Plenary can open: %2</source>
        <translation>plenary: предупреждение: %1 клонирован, но это не переговоры, которые Plenary может открыть: %2</translation>
    </message>
    <message>
        <source>Cloned %1 into %2 (branch %3).</source>
        <translation>%1 клонирован в %2 (ветка %3).</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Usage: plenary %1 [OPTIONS] %2</source>
        <translation>Использование: plenary %1 [ПАРАМЕТРЫ] %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>Run &apos;plenary %1 --help&apos; for usage.</source>
        <translation>Запустите «plenary %1 --help», чтобы получить справку.</translation>
    </message>
    <message>
        <source>printing needs the render module&apos;s application; none was made</source>
        <translation>для печати нужно приложение модуля отрисовки; оно не было создано</translation>
    </message>
    <message>
        <source>the PDF could not be made: %1</source>
        <translation>не удалось создать PDF: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: plenary COMMAND [OPTIONS] [ARGUMENTS]</source>
        <translation>Использование: plenary КОМАНДА [ПАРАМЕТРЫ] [АРГУМЕНТЫ]</translation>
    </message>
    <message>
        <source>Plenary drafts the negotiated texts of a conference: declarations, co-chair&apos;s summaries, statements.</source>
        <translation>Plenary служит для подготовки согласуемых текстов конференции: деклараций, резюме сопредседателей, заявлений.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Show Plenary&apos;s version.</source>
        <translation>Показать версию Plenary.</translation>
    </message>
    <message>
        <source>Run &apos;plenary COMMAND --help&apos; for the options of a command.</source>
        <translation>Запустите «plenary КОМАНДА --help», чтобы увидеть параметры команды.</translation>
    </message>
    <message>
        <source>plenary: unknown option &apos;%1&apos;</source>
        <translation>plenary: неизвестный параметр «%1»</translation>
    </message>
    <message>
        <source>plenary: &apos;%1&apos; is not a plenary command</source>
        <translation>plenary: «%1» не является командой plenary</translation>
    </message>
    <message>
        <source>Run &apos;plenary --help&apos; for the list of commands.</source>
        <translation>Запустите «plenary --help», чтобы увидеть список команд.</translation>
    </message>
    <message>
        <source>plenary: error: %1</source>
        <translation>plenary: ошибка: %1</translation>
    </message>
    <message>
        <source>plenary: no display: the editor needs a graphical session. Without one, use the commands check, fmt, renumber, clean, init, commit, log, show, diff, export, tag, tags, restore, blame, comment, comments, spell, status, branch, switch, merge, clone, pull, push and demo (see &apos;plenary --help&apos;).</source>
        <translation>plenary: нет дисплея: редактору нужен графический сеанс. Без него используйте команды check, fmt, renumber, clean, init, commit, log, show, diff, export, tag, tags, restore, blame, comment, comments, spell, status, branch, switch, merge, clone, pull, push и demo (см. «plenary --help»).</translation>
    </message>
</context>
<context>
    <name>CommandModule</name>
    <message>
        <source>the module %1 of this installation cannot be loaded (%2); reinstall Plenary</source>
        <translation>не удаётся загрузить модуль %1 этой установки (%2); переустановите Plenary</translation>
    </message>
</context>
<context>
    <name>CommentCommand</name>
    <message>
        <source>Comment on a paragraph, reply, resolve or reopen (one commit of the comments).</source>
        <translation>Прокомментировать пункт, ответить, отметить комментарий как решённый или открыть его снова (один коммит комментариев).</translation>
    </message>
    <message>
        <source>add --paragraph REF [--quote TEXT] -m BODY | reply ID -m BODY | resolve ID | reopen ID</source>
        <translation>add --paragraph ПУНКТ [--quote ЦИТАТА] -m ТЕКСТ | reply ID -m ТЕКСТ | resolve ID | reopen ID</translation>
    </message>
    <message>
        <source>add: the paragraph (OP5bis, PP3, an identifier), as numbered in the last revision.</source>
        <translation>add: пункт (OP5bis, PP3, идентификатор) по нумерации последней редакции.</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>ПУНКТ</translation>
    </message>
    <message>
        <source>add: the words of the paragraph commented on.</source>
        <translation>add: комментируемые слова пункта.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>ЦИТАТА</translation>
    </message>
    <message>
        <source>add, reply: the comment&apos;s text.</source>
        <translation>add, reply: текст комментария.</translation>
    </message>
    <message>
        <source>BODY</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <source>give an action: add, reply, resolve or reopen</source>
        <translation>укажите действие: add, reply, resolve или reopen</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; expected add, reply, resolve or reopen</source>
        <translation>неизвестное действие «%1»; ожидается add, reply, resolve или reopen</translation>
    </message>
    <message>
        <source>&apos;comment add&apos; takes no argument; name the paragraph with --paragraph REF</source>
        <translation>«comment add» не принимает аргументов; укажите пункт с помощью --paragraph ПУНКТ</translation>
    </message>
    <message>
        <source>give the identifier of the comment: &apos;comment %1 ID&apos;</source>
        <translation>укажите идентификатор комментария: «comment %1 ID»</translation>
    </message>
    <message>
        <source>a text is required: -m &quot;…&quot;</source>
        <translation>необходим текст: -m &quot;…&quot;</translation>
    </message>
    <message>
        <source>--paragraph and --quote are for &apos;comment add&apos;</source>
        <translation>--paragraph и --quote используются только с «comment add»</translation>
    </message>
    <message>
        <source>&apos;comment %1&apos; takes no text; answer with &apos;comment reply&apos;</source>
        <translation>«comment %1» не принимает текст; для ответа используйте «comment reply»</translation>
    </message>
    <message>
        <source>name the paragraph: --paragraph REF (OP5bis, PP3, #id)</source>
        <translation>укажите пункт: --paragraph ПУНКТ (OP5bis, PP3, #id)</translation>
    </message>
    <message>
        <source>--quote needs the words to quote</source>
        <translation>--quote требует цитируемые слова</translation>
    </message>
    <message>
        <source>the branch has no revision yet</source>
        <translation>в ветке ещё нет ни одной редакции</translation>
    </message>
    <message>
        <source>%1 has changes that are not committed; commit them first (&apos;plenary commit&apos;) so that none is lost</source>
        <translation>в %1 есть несохранённые изменения; сначала сохраните их («plenary commit»), чтобы ничего не потерять</translation>
    </message>
    <message>
        <source>no paragraph &apos;%1&apos; in revision %2</source>
        <translation>в редакции %2 нет пункта «%1»</translation>
    </message>
    <message>
        <source>%1 does not contain &quot;%2&quot; in revision %3</source>
        <translation>%1 не содержит «%2» в редакции %3</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Комментарий к %1</translation>
    </message>
    <message>
        <source>no comment &apos;%1&apos; in revision %2</source>
        <translation>в редакции %2 нет комментария «%1»</translation>
    </message>
    <message>
        <source>Reply to comment %1 on %2</source>
        <translation>Ответ на комментарий %1 к %2</translation>
    </message>
    <message>
        <source>Resolve comment %1 on %2</source>
        <translation>Комментарий %1 к %2 отмечен как решённый</translation>
    </message>
    <message>
        <source>Reopen comment %1 on %2</source>
        <translation>Комментарий %1 к %2 открыт снова</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>комментарий %1 отмечен как решённый</translation>
    </message>
    <message>
        <source>reopened %1</source>
        <translation>комментарий %1 открыт снова</translation>
    </message>
    <message>
        <source>plenary comment: warning: %1</source>
        <translation>plenary comment: предупреждение: %1</translation>
    </message>
</context>
<context>
    <name>CommentEvent</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>строка не является объектом JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>строка не является объектом JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation>поле &quot;%1&quot; должно быть непустой строкой</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identifier (4 to 32 characters from 0-9 and a-z): &apos;%2&apos;</source>
        <translation>значение поля &quot;%1&quot; не является идентификатором (от 4 до 32 символов из набора 0-9 и a-z): «%2»</translation>
    </message>
    <message>
        <source>unknown event &apos;%1&apos;</source>
        <translation>неизвестное событие «%1»</translation>
    </message>
    <message>
        <source>&quot;time&quot; must be an ISO 8601 date and time with its UTC offset, not &apos;%1&apos;</source>
        <translation>поле &quot;time&quot; должно быть датой и временем в формате ISO 8601 со смещением относительно UTC, а не «%1»</translation>
    </message>
    <message>
        <source>&quot;at&quot; must be a whole number of characters, 0 or more</source>
        <translation>поле &quot;at&quot; должно быть целым числом символов, не меньше 0</translation>
    </message>
</context>
<context>
    <name>CommentLog</name>
    <message>
        <source>%1; the line is kept as it is</source>
        <translation>%1; строка сохранена как есть</translation>
    </message>
    <message>
        <source>identifier &apos;%1&apos; is already used on line %2; this line is ignored</source>
        <translation>идентификатор «%1» уже используется в строке %2; эта строка пропущена</translation>
    </message>
    <message>
        <source>a reply to &apos;%1&apos;, which is not a comment in this file</source>
        <translation>ответ на «%1», но такого комментария в этом файле нет</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a comment or reply in this file</source>
        <translation>«%1» не является комментарием или ответом в этом файле</translation>
    </message>
    <message>
        <source>an edit of &apos;%1&apos; by someone other than its author is ignored</source>
        <translation>изменение «%1», сделанное не его автором, пропущено</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a reply; only comments are resolved and reopened</source>
        <translation>«%1» — ответ; отмечать как решённые и открывать снова можно только комментарии</translation>
    </message>
    <message>
        <source>a comment needs an author and a delegation</source>
        <translation>у комментария должны быть автор и делегация</translation>
    </message>
    <message>
        <source>a comment needs a text</source>
        <translation>у комментария должен быть текст</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a paragraph identifier</source>
        <translation>«%1» не является идентификатором пункта</translation>
    </message>
    <message>
        <source>the quoted text is empty</source>
        <translation>цитируемый текст пуст</translation>
    </message>
    <message>
        <source>no comment &apos;%1&apos;</source>
        <translation>нет комментария «%1»</translation>
    </message>
    <message>
        <source>no comment or reply &apos;%1&apos;</source>
        <translation>нет комментария или ответа «%1»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by %2; only its author can edit it</source>
        <translation>«%1» написан пользователем %2; изменять его может только автор</translation>
    </message>
    <message>
        <source>comment &apos;%1&apos; is already resolved</source>
        <translation>комментарий «%1» уже отмечен как решённый</translation>
    </message>
    <message>
        <source>comment &apos;%1&apos; is open, not resolved</source>
        <translation>комментарий «%1» открыт, а не решён</translation>
    </message>
</context>
<context>
    <name>CommentsCommand</name>
    <message>
        <source>List comments and replies: id, paragraph, delegation, state, quote, text.</source>
        <translation>Перечислить комментарии и ответы: идентификатор, пункт, делегация, состояние, цитата, текст.</translation>
    </message>
    <message>
        <source>Only comments that are open, with their replies.</source>
        <translation>Только открытые комментарии, с ответами на них.</translation>
    </message>
    <message>
        <source>The comments as they were at this revision (default: the last).</source>
        <translation>Комментарии в том виде, в каком они были в этой редакции (по умолчанию в последней).</translation>
    </message>
    <message>
        <source>REV</source>
        <translation>РЕДАКЦИЯ</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>лишний аргумент «%1»</translation>
    </message>
    <message>
        <source>the branch has no revision yet</source>
        <translation>в ветке ещё нет ни одной редакции</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>решён</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>%1, text changed</source>
        <translation>%1, текст изменён</translation>
    </message>
    <message>
        <source>%1, orphaned</source>
        <translation>%1, пункт удалён</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>ответ</translation>
    </message>
</context>
<context>
    <name>CommitCommand</name>
    <message>
        <source>Save the working text as a new revision (one commit).</source>
        <translation>Сохранить рабочий текст как новую редакцию (один коммит).</translation>
    </message>
    <message>
        <source>Describe the change (required).</source>
        <translation>Описание изменения (обязательно).</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>СООБЩЕНИЕ</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>лишний аргумент «%1»</translation>
    </message>
    <message>
        <source>a message is required: -m &quot;what changed&quot;</source>
        <translation>необходимо сообщение: -m &quot;что изменено&quot;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 has errors; nothing was committed</source>
        <translation>%1 содержит ошибки; ничего не сохранено</translation>
    </message>
    <message>
        <source>plenary commit: warning: %1</source>
        <translation>plenary commit: предупреждение: %1</translation>
    </message>
    <message>
        <source>nothing to commit: the text is the same as in revision %1</source>
        <translation>сохранять нечего: текст совпадает с редакцией %1</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>no differences</source>
        <translation>различий нет</translation>
    </message>
    <message>
        <source>paragraphs: added %1, deleted %2, changed %3, moved %4</source>
        <translation>пункты: добавлено — %1, удалено — %2, изменено — %3, перемещено — %4</translation>
    </message>
    <message>
        <source>status changes %1 (marked deleted %2)</source>
        <translation>изменений статуса: %1 (из них помечено как исключённые: %2)</translation>
    </message>
    <message>
        <source>kind changes %1</source>
        <translation>изменений вида: %1</translation>
    </message>
    <message>
        <source>brackets: opened %1, closed %2</source>
        <translation>квадратные скобки: открыто — %1, закрыто — %2</translation>
    </message>
    <message>
        <source>words: inserted %1, deleted %2</source>
        <translation>слова: вставлено — %1, удалено — %2</translation>
    </message>
    <message>
        <source>header changed</source>
        <translation>заголовок документа изменён</translation>
    </message>
    <message>
        <source>simplified: %1 paragraphs changed too much for the smallest difference; their redline marks more than the minimum</source>
        <translation>упрощение: пунктов, изменённых слишком сильно для поиска минимальной разницы: %1; в них отмечено больше изменений, чем минимально необходимо</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create the sample negotiation: the bundled declaration over its revisions.</source>
        <translation>Создать демонстрационные переговоры: прилагаемую декларацию со всеми её редакциями.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>КАТАЛОГ</translation>
    </message>
    <message>
        <source>give the directory to create</source>
        <translation>укажите создаваемый каталог</translation>
    </message>
    <message>
        <source>created the sample negotiation in %1</source>
        <translation>демонстрационные переговоры созданы в %1</translation>
    </message>
</context>
<context>
    <name>DemoNegotiation</name>
    <message>
        <source>the sample negotiation is missing from this build of Plenary</source>
        <translation>в этой сборке Plenary нет демонстрационных переговоров</translation>
    </message>
    <message>
        <source>the sample negotiation&apos;s history is damaged</source>
        <translation>история демонстрационных переговоров повреждена</translation>
    </message>
    <message>
        <source>the sample revision %1 does not read</source>
        <translation>демонстрационную редакцию %1 не удаётся прочитать</translation>
    </message>
    <message>
        <source>the sample comments are damaged: %1</source>
        <translation>демонстрационные комментарии повреждены: %1</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
</context>
<context>
    <name>DictionaryLocator</name>
    <message>
        <source>no %1 dictionary: install %2</source>
        <translation>нет словаря для языка %1: установите %2</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>Compare two revisions, or a revision and the working text, as a redline.</source>
        <translation>Сравнить две редакции или редакцию и рабочий текст с выделением изменений.</translation>
    </message>
    <message>
        <source>[REV_A [REV_B]]</source>
        <translation>[РЕДАКЦИЯ_A [РЕДАКЦИЯ_B]]</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ФОРМАТ</translation>
    </message>
    <message>
        <source>Leave out the paragraphs that did not change.</source>
        <translation>Пропустить пункты, которые не изменились.</translation>
    </message>
    <message>
        <source>Print only the summary: paragraphs added, deleted, changed, moved; brackets; words.</source>
        <translation>Вывести только сводку: пункты добавленные, удалённые, изменённые, перемещённые; квадратные скобки; слова.</translation>
    </message>
    <message>
        <source>Write to FILE (atomically) instead of standard output.</source>
        <translation>Записать в ФАЙЛ (атомарно) вместо стандартного вывода.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>give at most two revisions</source>
        <translation>укажите не более двух редакций</translation>
    </message>
    <message>
        <source>the branch has no revision yet</source>
        <translation>в ветке ещё нет ни одной редакции</translation>
    </message>
    <message>
        <source>plenary diff: %1: %2</source>
        <translation>plenary diff: %1: %2</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>редакция %1</translation>
    </message>
    <message>
        <source>cannot read the working text %1: %2</source>
        <translation>не удаётся прочитать рабочий текст %1: %2</translation>
    </message>
    <message>
        <source>working text</source>
        <translation>рабочий текст</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Output format: text (default), html or pdf.</source>
        <translation>Формат вывода: text (по умолчанию), html или pdf.</translation>
    </message>
    <message>
        <source>HTML or PDF in two columns: text proposed | amendment.</source>
        <translation>HTML или PDF в две колонки: предлагаемый текст | поправка.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; expected text, html or pdf</source>
        <translation>неизвестный формат «%1»; ожидается text, html или pdf</translation>
    </message>
    <message>
        <source>write the PDF to a file: -o FILE</source>
        <translation>запишите PDF в файл: -o ФАЙЛ</translation>
    </message>
    <message>
        <source>--stat prints the summary as text; it takes no --format html or pdf, --columns or --changed-only</source>
        <translation>--stat выводит сводку текстом; он несовместим с --format html или pdf, --columns и --changed-only</translation>
    </message>
    <message>
        <source>--columns needs --format html or pdf</source>
        <translation>--columns требует --format html или pdf</translation>
    </message>
</context>
<context>
    <name>DocumentFile</name>
    <message>
        <source>cannot open: %1</source>
        <translation>не удаётся открыть: %1</translation>
    </message>
    <message>
        <source>file is %1 bytes long; the largest allowed is %2</source>
        <translation>размер файла в байтах: %1; допускается не более %2</translation>
    </message>
    <message>
        <source>%1: error: cannot write: %2</source>
        <translation>%1: ошибка: не удаётся записать: %2</translation>
    </message>
    <message>
        <source>%1: the file has errors; it was not changed</source>
        <translation>%1: в файле есть ошибки; он не изменён</translation>
    </message>
</context>
<context>
    <name>DocumentHtml</name>
    <message>
        <source>General</source>
        <translation>Общее</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Ограниченное</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Для служебного пользования</translation>
    </message>
    <message>
        <source>Distr.: %1</source>
        <translation>Распр.: %1</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Язык оригинала: %1</translation>
    </message>
    <message>
        <source>No paragraph #%1 in this document</source>
        <translation>В документе нет пункта #%1</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>NUL byte in the text</source>
        <translation>байт NUL в тексте</translation>
    </message>
    <message>
        <source>carriage return (CR/LF line end); lines must end with LF alone</source>
        <translation>возврат каретки (конец строки CR/LF); строки должны заканчиваться только символом LF</translation>
    </message>
    <message>
        <source>control character %1 in the text</source>
        <translation>управляющий символ %1 в тексте</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte %1</source>
        <translation>недопустимый байт UTF-8 %1</translation>
    </message>
    <message>
        <source>expected the header line &apos;format: plenary 1&apos;</source>
        <translation>ожидалась строка заголовка «format: plenary 1»</translation>
    </message>
    <message>
        <source>unsupported format version &apos;%1&apos;; this Plenary reads version 1</source>
        <translation>неподдерживаемая версия формата «%1»; эта версия Plenary читает версию 1</translation>
    </message>
    <message>
        <source>expected a header line &apos;key: value&apos;</source>
        <translation>ожидалась строка заголовка вида «key: value»</translation>
    </message>
    <message>
        <source>header field &apos;%1&apos; appears twice (first on line %2)</source>
        <translation>поле заголовка «%1» встречается дважды (впервые в строке %2)</translation>
    </message>
    <message>
        <source>the &apos;format&apos; line must be the first line</source>
        <translation>строка «format» должна быть первой</translation>
    </message>
    <message>
        <source>unknown document kind &apos;%1&apos;; expected declaration, summary or statement</source>
        <translation>неизвестный вид документа «%1»; ожидается declaration, summary или statement</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a BCP 47 language tag (such as en, fr, zh-Hans)</source>
        <translation>«%1» не является языковым тегом BCP 47 (например, en, fr, zh-Hans)</translation>
    </message>
    <message>
        <source>unknown distribution &apos;%1&apos;; expected general, limited or restricted</source>
        <translation>неизвестная категория распространения «%1»; ожидается general, limited или restricted</translation>
    </message>
    <message>
        <source>date &apos;%1&apos; is not of the form YYYY-MM-DD</source>
        <translation>дата «%1» не в формате YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unknown header field &apos;%1&apos; (kept as it is)</source>
        <translation>неизвестное поле заголовка «%1» (сохранено как есть)</translation>
    </message>
    <message>
        <source>missing header field &apos;%1&apos;</source>
        <translation>отсутствует поле заголовка «%1»</translation>
    </message>
    <message>
        <source>bidirectional control character %1 can make the text read differently from what it says</source>
        <translation>управляющий символ направления письма %1 может исказить чтение текста по сравнению с тем, что в нём записано</translation>
    </message>
    <message>
        <source>expected a paragraph &apos;KIND #ID STATUS: TEXT&apos;</source>
        <translation>ожидался пункт вида «KIND #ID STATUS: TEXT»</translation>
    </message>
    <message>
        <source>unknown paragraph kind &apos;%1&apos;; expected heading, chapeau, pp, op, sub, subsub or para</source>
        <translation>неизвестный вид пункта «%1»; ожидается heading, chapeau, pp, op, sub, subsub или para</translation>
    </message>
    <message>
        <source>identifier &apos;%1&apos; must be 4 to 32 characters from 0-9 and a-z</source>
        <translation>идентификатор «%1» должен содержать от 4 до 32 символов из набора 0-9 и a-z</translation>
    </message>
    <message>
        <source>second identifier &apos;%1&apos;; the paragraph is already #%2</source>
        <translation>второй идентификатор «%1»; у пункта уже есть #%2</translation>
    </message>
    <message>
        <source>second status &apos;%1&apos;; the paragraph is already &apos;%2&apos;</source>
        <translation>второй статус «%1»; у пункта уже есть статус «%2»</translation>
    </message>
    <message>
        <source>unknown word &apos;%1&apos;; expected a status (proposed, adref, agreed, deleted) or &apos;numbered&apos;</source>
        <translation>неизвестное слово «%1»; ожидается статус (proposed, adref, agreed, deleted) или «numbered»</translation>
    </message>
    <message>
        <source>paragraph has no identifier; Plenary will assign one when it writes the file</source>
        <translation>у пункта нет идентификатора; Plenary присвоит его при записи файла</translation>
    </message>
    <message>
        <source>identifier #%1 is already used on line %2</source>
        <translation>идентификатор #%1 уже используется в строке %2</translation>
    </message>
    <message>
        <source>sub-paragraph has no paragraph above it to belong to</source>
        <translation>перед подпунктом нет пункта, к которому он мог бы относиться</translation>
    </message>
    <message>
        <source>second-level sub-paragraph has no sub-paragraph above it</source>
        <translation>перед подподпунктом нет подпункта</translation>
    </message>
    <message>
        <source>unbalanced &apos;[&apos;: this bracket is never closed</source>
        <translation>непарная «[»: эта скобка нигде не закрывается</translation>
    </message>
    <message>
        <source>unbalanced &apos;]&apos;: no &apos;[&apos; is open here</source>
        <translation>непарная «]»: здесь нет открытой «[»</translation>
    </message>
    <message>
        <source>opening words start with &apos;*&apos; but are not closed by a second &apos;*&apos;</source>
        <translation>начальные слова открываются знаком «*», но не закрыты вторым «*»</translation>
    </message>
    <message>
        <source>cross-reference to #%1, which is not a paragraph of this document</source>
        <translation>перекрёстная ссылка на #%1, но такого пункта в этом документе нет</translation>
    </message>
    <message>
        <source>file is %1 bytes long; the largest allowed is %2</source>
        <translation>размер файла в байтах: %1; допускается не более %2</translation>
    </message>
    <message>
        <source>empty file: expected the header line &apos;format: plenary 1&apos;</source>
        <translation>пустой файл: ожидалась строка заголовка «format: plenary 1»</translation>
    </message>
    <message>
        <source>the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without BOM</source>
        <translation>файл начинается с метки порядка байтов (U+FEFF); сохраните его в UTF-8 без BOM</translation>
    </message>
    <message>
        <source>line is %1 bytes long; the longest allowed is %2</source>
        <translation>длина строки в байтах: %1; допускается не более %2</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>не удаётся открыть файл: %1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>The revision to export (default: the latest).</source>
        <translation>Редакция для экспорта (по умолчанию — последняя).</translation>
    </message>
    <message>
        <source>REV</source>
        <translation>РЕД</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ФОРМАТ</translation>
    </message>
    <message>
        <source>Write to FILE (atomically; - for standard output); by default a name made of the symbol and the revision, in the current directory.</source>
        <translation>Записать в ФАЙЛ (атомарно; - — стандартный вывод); по умолчанию имя из условного обозначения и редакции, в текущей папке.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>The final text: no DRAFT mark; refused unless the finalise check passes.</source>
        <translation>Окончательный текст: без отметки ПРОЕКТ; отклоняется, пока проверка не пройдена.</translation>
    </message>
    <message>
        <source>With --final: export even though the check fails, and say so in the PDF&apos;s keywords.</source>
        <translation>С --final: экспортировать, даже если проверка не пройдена, и указать это в ключевых словах PDF.</translation>
    </message>
    <message>
        <source>Paper size: a4 (default) or letter.</source>
        <translation>Формат бумаги: a4 (по умолчанию) или letter.</translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation>БУМАГА</translation>
    </message>
    <message>
        <source>export takes no arguments; name the revision with --rev</source>
        <translation>export не принимает аргументов; укажите редакцию через --rev</translation>
    </message>
    <message>
        <source>unknown paper &apos;%1&apos;; expected a4 or letter</source>
        <translation>неизвестный формат бумаги «%1»; ожидается a4 или letter</translation>
    </message>
    <message>
        <source>--force only makes sense with --final</source>
        <translation>--force имеет смысл только с --final</translation>
    </message>
    <message>
        <source>the branch has no revision yet</source>
        <translation>в ветке ещё нет ни одной редакции</translation>
    </message>
    <message>
        <source>plenary export: the text is not ready to be issued as final (%1 blockers):</source>
        <translation>plenary export: текст ещё нельзя выпустить как окончательный (препятствий: %1):</translation>
    </message>
    <message>
        <source>Resolve them, or export with --final --force.</source>
        <translation>Устраните их или экспортируйте с --final --force.</translation>
    </message>
    <message>
        <source>plenary export: warning: exported as final despite %1 blockers:</source>
        <translation>plenary export: предупреждение: экспортировано как окончательное, несмотря на препятствия (%1):</translation>
    </message>
    <message>
        <source>write the PDF to a file, not to a terminal</source>
        <translation>запишите PDF в файл, а не в терминал</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>%1 записан</translation>
    </message>
    <message>
        <source>Export a revision as the secretariat issues it: PDF, ODT, HTML, plain text or Akoma Ntoso XML.</source>
        <translation>Экспортировать редакцию в том виде, в каком её выпускает секретариат: PDF, ODT, HTML, простой текст или XML Akoma Ntoso.</translation>
    </message>
    <message>
        <source>Output format: pdf (default), odt, html, txt or akn (Akoma Ntoso XML).</source>
        <translation>Формат вывода: pdf (по умолчанию), odt, html, txt или akn (XML Akoma Ntoso).</translation>
    </message>
    <message>
        <source>Open comments as numbered endnotes (every format but akn).</source>
        <translation>Открытые комментарии в виде пронумерованных концевых сносок (все форматы, кроме akn).</translation>
    </message>
    <message>
        <source>Line numbers in the margin, restarting on each page (pdf).</source>
        <translation>Номера строк на полях, с начала на каждой странице (pdf).</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; expected %2</source>
        <translation>неизвестный формат «%1»; ожидается %2</translation>
    </message>
    <message>
        <source>--comments is not available for %1</source>
        <translation>--comments недоступен для %1</translation>
    </message>
    <message>
        <source>--line-numbers is only available for pdf: other formats have no fixed pages</source>
        <translation>--line-numbers доступен только для pdf: у других форматов нет постоянных страниц</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>spelling</source>
        <translation>орфография</translation>
    </message>
    <message>
        <source>pdf, html, txt, odt or akn</source>
        <translation>pdf, html, txt, odt или akn</translation>
    </message>
</context>
<context>
    <name>FinaliseCheck</name>
    <message>
        <source>misspelled word &apos;%1&apos;</source>
        <translation>слово с ошибкой «%1»</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>deleted paragraph not yet cleaned from the text</source>
        <translation>исключённый пункт ещё не удалён из текста</translation>
    </message>
    <message>
        <source>paragraph not agreed (%1)</source>
        <translation>пункт не согласован (%1)</translation>
    </message>
    <message>
        <source>1 square bracket left</source>
        <translation>осталась 1 квадратная скобка</translation>
    </message>
    <message>
        <source>%1 square brackets left</source>
        <translation>осталось квадратных скобок: %1</translation>
    </message>
    <message>
        <source>1 unbalanced square bracket</source>
        <translation>1 непарная квадратная скобка</translation>
    </message>
    <message>
        <source>%1 unbalanced square brackets</source>
        <translation>непарных квадратных скобок: %1</translation>
    </message>
    <message>
        <source>1 alternative left</source>
        <translation>остался 1 вариант</translation>
    </message>
    <message>
        <source>%1 alternatives left</source>
        <translation>осталось вариантов: %1</translation>
    </message>
    <message>
        <source>comment %1</source>
        <translation>комментарий %1</translation>
    </message>
    <message>
        <source>open comment by %1 (%2)</source>
        <translation>открытый комментарий: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>FmtCommand</name>
    <message>
        <source>Print a document in canonical form, or rewrite it in place.</source>
        <translation>Вывести документ в каноническом виде или перезаписать его на месте.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Rewrite the file atomically instead of printing it.</source>
        <translation>Атомарно перезаписать файл вместо вывода на экран.</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>не указан файл</translation>
    </message>
    <message>
        <source>give exactly one file</source>
        <translation>укажите ровно один файл</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>author &apos;%1&apos; is not of the form &apos;Name &lt;email&gt;&apos;</source>
        <translation>автор «%1» указан не в виде «Name &lt;email&gt;»</translation>
    </message>
    <message>
        <source>no author name: use --author &quot;Name &lt;email&gt;&quot;, set PLENARY_AUTHOR, or set git&apos;s user.name</source>
        <translation>не указано имя автора: используйте --author &quot;Name &lt;email&gt;&quot;, задайте PLENARY_AUTHOR или параметр user.name в git</translation>
    </message>
    <message>
        <source>no delegation: a save must say which delegation it is made for; use --delegation CODE or set PLENARY_DELEGATION</source>
        <translation>не указана делегация: при сохранении нужно указать, для какой делегации оно выполняется; используйте --delegation КОД или задайте PLENARY_DELEGATION</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new negotiation repository with an empty document.</source>
        <translation>Создать новый репозиторий переговоров с пустым документом.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>КАТАЛОГ</translation>
    </message>
    <message>
        <source>declaration, summary or statement (default: declaration).</source>
        <translation>declaration, summary или statement (по умолчанию declaration).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ВИД</translation>
    </message>
    <message>
        <source>The document&apos;s title (required).</source>
        <translation>Название документа (обязательно).</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>НАЗВАНИЕ</translation>
    </message>
    <message>
        <source>Language of the text, a BCP 47 tag (default: en).</source>
        <translation>Язык текста, тег BCP 47 (по умолчанию en).</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>ЯЗЫК</translation>
    </message>
    <message>
        <source>A participating delegation, CODE=Name (repeat for each).</source>
        <translation>Делегация-участница, КОД=Имя (повторить для каждой).</translation>
    </message>
    <message>
        <source>CODE=NAME</source>
        <translation>КОД=ИМЯ</translation>
    </message>
    <message>
        <source>The secretariat&apos;s delegation (default: the first).</source>
        <translation>Делегация, выполняющая функции секретариата (по умолчанию первая).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>Create as this drafter: &quot;Name &lt;email&gt;&quot;.</source>
        <translation>Создать от имени этого составителя: &quot;Name &lt;email&gt;&quot;.</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>АВТОР</translation>
    </message>
    <message>
        <source>give the directory to create</source>
        <translation>укажите создаваемый каталог</translation>
    </message>
    <message>
        <source>a title is required: --title &quot;…&quot;</source>
        <translation>необходимо название: --title &quot;…&quot;</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;; expected declaration, summary or statement</source>
        <translation>неизвестный вид «%1»; ожидается declaration, summary или statement</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a BCP 47 language tag (such as en, fr, zh-Hans)</source>
        <translation>«%1» не является языковым тегом BCP 47 (например, en, fr, zh-Hans)</translation>
    </message>
    <message>
        <source>--delegation needs CODE=Name, not &apos;%1&apos;</source>
        <translation>--delegation требует КОД=Имя, а не «%1»</translation>
    </message>
    <message>
        <source>delegation code &apos;%1&apos; must be 2 to 12 characters from A-Z, 0-9 and &apos;-&apos;</source>
        <translation>код делегации «%1» должен содержать от 2 до 12 символов из набора A-Z, 0-9 и «-»</translation>
    </message>
    <message>
        <source>delegation %1 is given twice</source>
        <translation>делегация %1 указана дважды</translation>
    </message>
    <message>
        <source>name at least one delegation: --delegation CODE=Name</source>
        <translation>укажите хотя бы одну делегацию: --delegation КОД=Имя</translation>
    </message>
    <message>
        <source>the secretariat %1 is not one of the delegations given</source>
        <translation>секретариат %1 не входит в число указанных делегаций</translation>
    </message>
    <message>
        <source>author &apos;%1&apos; is not of the form &apos;Name &lt;email&gt;&apos;</source>
        <translation>автор «%1» указан не в виде «Name &lt;email&gt;»</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Секретариат</translation>
    </message>
    <message>
        <source>New %1: %2</source>
        <translation>Новый документ (%1): %2</translation>
    </message>
    <message>
        <source>created the negotiation repository %1</source>
        <translation>создан репозиторий переговоров %1</translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>List revisions, newest first: id, date, author, delegation, message, tags.</source>
        <translation>Перечислить редакции, начиная с последней: идентификатор, дата, автор, делегация, сообщение, метки.</translation>
    </message>
    <message>
        <source>[REV]</source>
        <translation>[РЕДАКЦИЯ]</translation>
    </message>
    <message>
        <source>Show at most N revisions.</source>
        <translation>Показать не более N редакций.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Only revisions saved for this delegation.</source>
        <translation>Только редакции, сохранённые для этой делегации.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>Only revisions from this date on (YYYY-MM-DD).</source>
        <translation>Только редакции начиная с этой даты (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>ДАТА</translation>
    </message>
    <message>
        <source>Only revisions that changed this paragraph (OP5bis, PP3, an identifier).</source>
        <translation>Только редакции, изменившие этот пункт (OP5bis, PP3, идентификатор).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>ПУНКТ</translation>
    </message>
    <message>
        <source>give at most one revision</source>
        <translation>укажите не более одной редакции</translation>
    </message>
    <message>
        <source>-n needs a number, not &apos;%1&apos;</source>
        <translation>-n требует число, а не «%1»</translation>
    </message>
    <message>
        <source>--since needs a date YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--since требует дату в формате YYYY-MM-DD, а не «%1»</translation>
    </message>
    <message>
        <source>the branch has no revision yet</source>
        <translation>в ветке ещё нет ни одной редакции</translation>
    </message>
    <message>
        <source>no paragraph &apos;%1&apos; in revision %2</source>
        <translation>в редакции %2 нет пункта «%1»</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>the manifest is not valid UTF-8</source>
        <translation>манифест не является корректным текстом UTF-8</translation>
    </message>
    <message>
        <source>expected &apos;key: value&apos;</source>
        <translation>ожидалось «key: value»</translation>
    </message>
    <message>
        <source>expected the first line &apos;format: plenary-manifest 1&apos;</source>
        <translation>ожидалась первая строка «format: plenary-manifest 1»</translation>
    </message>
    <message>
        <source>delegation code &apos;%1&apos; must be 2 to 12 characters from A-Z, 0-9 and &apos;-&apos;</source>
        <translation>код делегации «%1» должен содержать от 2 до 12 символов из набора A-Z, 0-9 и «-»</translation>
    </message>
    <message>
        <source>delegation %1 is listed twice</source>
        <translation>делегация %1 указана дважды</translation>
    </message>
    <message>
        <source>expected a colour &apos;#rrggbb&apos; before the delegation&apos;s name</source>
        <translation>перед названием делегации ожидался цвет «#rrggbb»</translation>
    </message>
    <message>
        <source>delegation %1 has no name</source>
        <translation>у делегации %1 нет названия</translation>
    </message>
    <message>
        <source>the manifest names no secretariat (&apos;secretariat: CODE&apos;)</source>
        <translation>в манифесте не указан секретариат («secretariat: КОД»)</translation>
    </message>
    <message>
        <source>the secretariat %1 is not one of the manifest&apos;s delegations</source>
        <translation>секретариат %1 не входит в число делегаций, указанных в манифесте</translation>
    </message>
</context>
<context>
    <name>ManifestMerge</name>
    <message>
        <source>line %1 of %2&apos;s manifest is not &apos;key: value&apos;</source>
        <translation>строка %1 манифеста (%2) не имеет вида «ключ: значение»</translation>
    </message>
    <message>
        <source>line %1 of %2&apos;s manifest gives &apos;%3&apos; a second time</source>
        <translation>строка %1 манифеста (%2) задаёт «%3» повторно</translation>
    </message>
    <message>
        <source>the base</source>
        <translation>общая основа</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; must be one line</source>
        <translation>значение «%1» должно занимать одну строку</translation>
    </message>
    <message>
        <source>manifest key &apos;%1&apos; cannot hold alternatives; take ours, theirs or a blend</source>
        <translation>ключ манифеста «%1» не может содержать варианты; выберите наш, их или объединённый</translation>
    </message>
    <message>
        <source>there is no conflict %1; the manifest&apos;s conflicts are numbered 1 to %2</source>
        <translation>конфликта %1 нет; конфликты манифеста пронумерованы от 1 до %2</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Merge a proposal (a branch) into the current branch, paragraph by paragraph.</source>
        <translation>Слить предложение (ветку) с текущей веткой, пункт за пунктом.</translation>
    </message>
    <message>
        <source>BRANCH</source>
        <translation>ВЕТКА</translation>
    </message>
    <message>
        <source>Keep both versions of every conflicting paragraph as bracketed alternatives attributed to their delegations.</source>
        <translation>Сохранить обе версии каждого конфликтующего пункта как варианты в квадратных скобках с указанием делегаций.</translation>
    </message>
    <message>
        <source>Settle every conflict with the current branch&apos;s version.</source>
        <translation>Разрешить каждый конфликт версией текущей ветки.</translation>
    </message>
    <message>
        <source>Settle every conflict with the merged branch&apos;s version.</source>
        <translation>Разрешить каждый конфликт версией сливаемой ветки.</translation>
    </message>
    <message>
        <source>choose one of --alternatives, --ours and --theirs</source>
        <translation>выберите одно из --alternatives, --ours и --theirs</translation>
    </message>
    <message>
        <source>%1 has changes not saved as a revision; commit them before merging (&apos;plenary commit -m MESSAGE&apos;)</source>
        <translation>в %1 есть изменения, не сохранённые как редакция; сохраните их перед слиянием («plenary commit -m СООБЩЕНИЕ»)</translation>
    </message>
    <message>
        <source>Already up to date with %1.</source>
        <translation>Уже совпадает с %1.</translation>
    </message>
    <message>
        <source>plenary: warning: %1</source>
        <translation>plenary: предупреждение: %1</translation>
    </message>
    <message>
        <source>Fast-forward to %1 (%2).</source>
        <translation>Перемотка вперёд до %1 (%2).</translation>
    </message>
    <message>
        <source>plenary %1: %2 (%3) and %4 (%5) disagree; nothing was changed:</source>
        <translation>plenary %1: %2 (%3) и %4 (%5) расходятся; ничего не изменено:</translation>
    </message>
    <message>
        <source>Settle them with --alternatives, --ours or --theirs, or in the editor.</source>
        <translation>Разрешите их с помощью --alternatives, --ours или --theirs либо в редакторе.</translation>
    </message>
    <message>
        <source>Merged %1 into %2: revision %3%4.</source>
        <translation>%1 слит с %2: редакция %3%4.</translation>
    </message>
    <message>
        <source> (conflicts settled: %1)</source>
        <translation> (разрешено конфликтов: %1)</translation>
    </message>
    <message>
        <source>name the branch to merge: plenary merge eu-op7</source>
        <translation>укажите ветку для слияния: plenary merge eu-op7</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the current branch; name another one</source>
        <translation>«%1» — текущая ветка; укажите другую</translation>
    </message>
    <message>
        <source>there is no branch &apos;%1&apos;; &apos;plenary branch&apos; lists them</source>
        <translation>ветки «%1» нет; их список выводит «plenary branch»</translation>
    </message>
</context>
<context>
    <name>MergeResult</name>
    <message>
        <source>header field &apos;%1&apos; cannot hold alternatives; take ours, theirs or a blend</source>
        <translation>поле заголовка «%1» не может содержать варианты; выберите наш, их или объединённый</translation>
    </message>
    <message>
        <source>a blend must be one line; it has a line break at column %1</source>
        <translation>объединённый текст должен быть одной строкой; в столбце %1 разрыв строки</translation>
    </message>
    <message>
        <source>control character U+%1 in the blend at column %2</source>
        <translation>управляющий символ U+%1 в объединённом тексте, столбец %2</translation>
    </message>
    <message>
        <source>unknown document kind &apos;%1&apos;; expected declaration, summary or statement</source>
        <translation>неизвестный вид документа «%1»; ожидается declaration, summary или statement</translation>
    </message>
    <message>
        <source>unbalanced &apos;[&apos; in the blend at column %1: this bracket is never closed</source>
        <translation>непарная «[» в объединённом тексте, столбец %1: скобка не закрыта</translation>
    </message>
    <message>
        <source>unbalanced &apos;]&apos; in the blend at column %1: no &apos;[&apos; is open here</source>
        <translation>непарная «]» в объединённом тексте, столбец %1: здесь нет открытой «[»</translation>
    </message>
    <message>
        <source>the blend&apos;s opening words start with &apos;*&apos; but are not closed by a second &apos;*&apos;</source>
        <translation>вводные слова объединённого текста начинаются с «*», но не закрыты второй «*»</translation>
    </message>
    <message>
        <source>there is no conflict %1; the merge&apos;s conflicts are numbered 1 to %2</source>
        <translation>конфликта %1 нет; конфликты слияния пронумерованы от 1 до %2</translation>
    </message>
</context>
<context>
    <name>NegotiationRepository</name>
    <message>
        <source>repository busy: another save is in progress; retry in a moment</source>
        <translation>репозиторий занят: выполняется другое сохранение; повторите попытку чуть позже</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>«%1» не существует</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not inside a git repository; create a negotiation with &apos;plenary init DIR&apos;</source>
        <translation>«%1» не находится в репозитории git; создайте переговоры командой «plenary init КАТАЛОГ»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a bare repository; Plenary works in a clone with a working directory (&apos;git clone %1 DIR&apos;)</source>
        <translation>«%1» — голый (bare) репозиторий; Plenary работает в клоне с рабочим каталогом («git clone %1 КАТАЛОГ»)</translation>
    </message>
    <message>
        <source>HEAD is detached in &apos;%1&apos;; switch to a branch first (&apos;git switch main&apos;)</source>
        <translation>в «%1» HEAD отсоединён; сначала перейдите на ветку («git switch main»)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a git repository but not a Plenary negotiation: it has no %2</source>
        <translation>«%1» — репозиторий git, но не переговоры Plenary: в нём нет %2</translation>
    </message>
    <message>
        <source>cannot read HEAD: %1</source>
        <translation>не удаётся прочитать HEAD: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a git repository</source>
        <translation>«%1» уже является репозиторием git</translation>
    </message>
    <message>
        <source>cannot create the directory &apos;%1&apos;</source>
        <translation>не удаётся создать каталог «%1»</translation>
    </message>
    <message>
        <source>the directory &apos;%1&apos; is not writable</source>
        <translation>каталог «%1» недоступен для записи</translation>
    </message>
    <message>
        <source>cannot create a repository in &apos;%1&apos;: %2</source>
        <translation>не удаётся создать репозиторий в «%1»: %2</translation>
    </message>
    <message>
        <source>delegation %1 is not listed in the manifest</source>
        <translation>делегация %1 не указана в манифесте</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>отсутствует %1</translation>
    </message>
    <message>
        <source>unknown delegation &apos;%1&apos;; the manifest lists %2</source>
        <translation>неизвестная делегация «%1»; в манифесте указаны: %2</translation>
    </message>
    <message>
        <source>a save needs a message</source>
        <translation>для сохранения нужно сообщение</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>не удаётся сохранить: %1</translation>
    </message>
    <message>
        <source>the branch has moved since this text was loaded (now at %1): another save came first; nothing was overwritten</source>
        <translation>ветка изменилась после загрузки этого текста (сейчас: %1): другое сохранение произошло раньше; ничего не перезаписано</translation>
    </message>
    <message>
        <source>no revision</source>
        <translation>нет редакций</translation>
    </message>
    <message>
        <source>saved, but %1 could not be written in the working directory: %2</source>
        <translation>сохранено, но не удалось записать %1 в рабочий каталог: %2</translation>
    </message>
    <message>
        <source>saved, but git&apos;s index could not be updated (%1); &apos;git status&apos; may list the files as changed until the next save</source>
        <translation>сохранено, но не удалось обновить индекс git (%1); до следующего сохранения «git status» может показывать файлы как изменённые</translation>
    </message>
    <message>
        <source>the branch has moved since this text was loaded: another save came first; nothing was overwritten</source>
        <translation>ветка изменилась после загрузки этого текста: другое сохранение произошло раньше; ничего не перезаписано</translation>
    </message>
    <message>
        <source>revision %1 has no %2</source>
        <translation>в редакции %1 нет %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid revision name</source>
        <translation>«%1» не является допустимым именем редакции</translation>
    </message>
    <message>
        <source>revision name &apos;%1&apos; is already used; named revisions are never moved</source>
        <translation>имя редакции «%1» уже занято; именованные редакции никогда не переносятся</translation>
    </message>
    <message>
        <source>revision %1: %2</source>
        <translation>редакция %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1 at revision %2: %3</source>
        <translation>не удаётся прочитать %1 в редакции %2: %3</translation>
    </message>
    <message>
        <source>revision %1 is not in the history before %2</source>
        <translation>редакции %1 нет в истории до %2</translation>
    </message>
    <message>
        <source>saved, but %1 could not be removed from the working directory</source>
        <translation>сохранено, но %1 не удалось удалить из рабочего каталога</translation>
    </message>
    <message>
        <source>cannot %1: %2 has changes not saved as a revision; commit them first (&apos;plenary commit -m MESSAGE&apos;)</source>
        <translation>невозможно %1: в %2 есть изменения, не сохранённые как редакция; сначала сохраните их («plenary commit -m СООБЩЕНИЕ»)</translation>
    </message>
    <message>
        <source>there is no branch &apos;%1&apos;; &apos;plenary branch&apos; lists them</source>
        <translation>ветки «%1» нет; их список выводит «plenary branch»</translation>
    </message>
    <message>
        <source>switch branches</source>
        <translation>переключить ветку</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot name a proposal: use a short name such as eu-op7 (letters, digits, &apos;-&apos;, &apos;.&apos;, &apos;_&apos; and &apos;/&apos;)</source>
        <translation>«%1» не может быть именем предложения: используйте короткое имя, например eu-op7 (буквы, цифры, «-», «.», «_» и «/»)</translation>
    </message>
    <message>
        <source>save a first revision before starting a proposal</source>
        <translation>сохраните первую редакцию, прежде чем начинать предложение</translation>
    </message>
    <message>
        <source>a branch named &apos;%1&apos; already exists</source>
        <translation>ветка с именем «%1» уже существует</translation>
    </message>
    <message>
        <source>start a proposal</source>
        <translation>начать предложение</translation>
    </message>
    <message>
        <source>Start proposal %1: %2</source>
        <translation>Начало предложения %1: %2</translation>
    </message>
    <message>
        <source>cannot merge: %1</source>
        <translation>невозможно слить: %1</translation>
    </message>
</context>
<context>
    <name>OdtDocument</name>
    <message>
        <source>DRAFT — %1</source>
        <translation>ПРОЕКТ — %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>delegation — author</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>who, date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Paragraph #%1</source>
        <translation>Пункт #%1</translation>
    </message>
    <message>
        <source>On “%1”:</source>
        <translation>К словам «%1»:</translation>
    </message>
    <message>
        <source>Reply by %1: %2</source>
        <translation>Ответ (%1): %2</translation>
    </message>
    <message>
        <source>Comments on paragraphs no longer in the text</source>
        <translation>Комментарии к пунктам, которых больше нет в тексте</translation>
    </message>
    <message>
        <source>cannot write the ODT package (%1): %2</source>
        <translation>не удаётся записать пакет ODT (%1): %2</translation>
    </message>
    <message>
        <source>endnote %1 has no comment</source>
        <translation>у концевой сноски %1 нет комментария</translation>
    </message>
    <message>
        <source>endnote %1 points to paragraph %2, but the text has %3 paragraphs</source>
        <translation>концевая сноска %1 указывает на пункт %2, а в тексте %3 пунктов</translation>
    </message>
</context>
<context>
    <name>Paragraph</name>
    <message>
        <source>heading</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>chapeau</source>
        <translation>вступительная часть</translation>
    </message>
    <message>
        <source>preambular</source>
        <translation>пункт преамбулы</translation>
    </message>
    <message>
        <source>operative</source>
        <translation>пункт постановляющей части</translation>
    </message>
    <message>
        <source>sub-paragraph</source>
        <translation>подпункт</translation>
    </message>
    <message>
        <source>second-level sub-paragraph</source>
        <translation>подподпункт</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>повествовательный пункт</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>предложено</translation>
    </message>
    <message>
        <source>agreed ad referendum</source>
        <translation>согласовано ad referendum</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>согласовано</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>исключено</translation>
    </message>
</context>
<context>
    <name>ParagraphMerge</name>
    <message>
        <source>&apos;%1&apos; is not a delegation code (2 to 12 characters from A-Z, 0-9 and &apos;-&apos;, starting with a letter)</source>
        <translation>«%1» не является кодом делегации (от 2 до 12 символов A-Z, 0-9 и «-», начиная с буквы)</translation>
    </message>
    <message>
        <source>the base</source>
        <translation>общая основа</translation>
    </message>
    <message>
        <source>ours (%1)</source>
        <translation>наша (%1)</translation>
    </message>
    <message>
        <source>theirs (%1)</source>
        <translation>их (%1)</translation>
    </message>
    <message>
        <source>paragraph %1 of %2 has no valid identifier; merge texts that read without errors</source>
        <translation>у пункта %1 (%2) нет допустимого идентификатора; сливайте тексты, которые читаются без ошибок</translation>
    </message>
    <message>
        <source>identifier #%1 appears twice in %2; merge texts that read without errors</source>
        <translation>идентификатор #%1 встречается дважды (%2); сливайте тексты, которые читаются без ошибок</translation>
    </message>
</context>
<context>
    <name>PdfFinish</name>
    <message>
        <source>the PDF could not be finished: %1</source>
        <translation>не удалось завершить PDF: %1</translation>
    </message>
    <message>
        <source>the PDF has %1 pages, of which %2 were read</source>
        <translation>в PDF %1 страниц, прочитано %2</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>DRAFT — %1</source>
        <translation>ПРОЕКТ — %1</translation>
    </message>
    <message>
        <source>[deleted]</source>
        <translation>[исключено]</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Открытые комментарии</translation>
    </message>
    <message>
        <source>Open comments on paragraphs no longer in the text</source>
        <translation>Открытые комментарии к пунктам, которых больше нет в тексте</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>PrintHtml</name>
    <message>
        <source>DRAFT</source>
        <translation>ПРОЕКТ</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Открытые комментарии</translation>
    </message>
    <message>
        <source>Open comments on paragraphs no longer in the text</source>
        <translation>Открытые комментарии к пунктам, которых больше нет в тексте</translation>
    </message>
</context>
<context>
    <name>ProjectDictionary</name>
    <message>
        <source>empty line</source>
        <translation>пустая строка</translation>
    </message>
    <message>
        <source>&apos;%1…&apos; is longer than %2 characters</source>
        <translation>«%1…» длиннее %2 символов</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one word: it contains a space</source>
        <translation>«%1» — не одно слово: в нём есть пробел</translation>
    </message>
    <message>
        <source>control character U+%1 in the word</source>
        <translation>управляющий символ U+%1 в слове</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>недопустимый UTF-8</translation>
    </message>
</context>
<context>
    <name>PullCommand</name>
    <message>
        <source>Bring in the remote&apos;s revisions and merge them paragraph by paragraph.</source>
        <translation>Получить редакции из удалённого хранилища и слить их пункт за пунктом.</translation>
    </message>
    <message>
        <source>pull takes no arguments: it pulls what the current branch follows</source>
        <translation>pull не принимает аргументов: он получает то, за чем следует текущая ветка</translation>
    </message>
    <message>
        <source>%1 has changes not saved as a revision; commit them before pulling (&apos;plenary commit -m MESSAGE&apos;)</source>
        <translation>в %1 есть изменения, не сохранённые как редакция; сохраните их перед получением («plenary commit -m СООБЩЕНИЕ»)</translation>
    </message>
    <message>
        <source>%1 has no branch %2 yet: nothing to pull (&apos;plenary push&apos; shares yours).</source>
        <translation>в %1 ещё нет ветки %2: получать нечего («plenary push» отправит вашу).</translation>
    </message>
    <message>
        <source>plenary: warning: %1 gives %2 to other revisions than this copy does; the names here are kept (names are never moved)</source>
        <translation>plenary: предупреждение: в %1 имена %2 даны другим редакциям, чем в этой копии; здешние имена сохранены (имена никогда не переносятся)</translation>
    </message>
</context>
<context>
    <name>PushCommand</name>
    <message>
        <source>Share the branch&apos;s revisions with the remote it follows (never forced).</source>
        <translation>Отправить редакции ветки в удалённое хранилище, за которым она следует (никогда принудительно).</translation>
    </message>
    <message>
        <source>push takes no arguments: it pushes the current branch</source>
        <translation>push не принимает аргументов: он отправляет текущую ветку</translation>
    </message>
    <message>
        <source>the branch has no revision yet</source>
        <translation>в ветке ещё нет редакций</translation>
    </message>
    <message>
        <source>plenary: warning: %1 has changes not saved as a revision; they are not pushed</source>
        <translation>plenary: предупреждение: в %1 есть изменения, не сохранённые как редакция; они не отправляются</translation>
    </message>
    <message>
        <source>Pushed %1 to %2 (%3).</source>
        <translation>%1 отправлена в %2 (%3).</translation>
    </message>
</context>
<context>
    <name>RedlineHtml</name>
    <message>
        <source>Comparison of revisions</source>
        <translation>Сравнение редакций</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>От %1 к %2</translation>
    </message>
    <message>
        <source>First change</source>
        <translation>Первое изменение</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <translation>перемещён из %1</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Предыдущее изменение</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Следующее изменение</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Перемещён в %1</translation>
    </message>
    <message>
        <source>Comparison: %1 → %2</source>
        <translation>Сравнение: %1 → %2</translation>
    </message>
    <message>
        <source>Text proposed</source>
        <translation>Предлагаемый текст</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Поправка</translation>
    </message>
</context>
<context>
    <name>RedlineText</name>
    <message>
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалён</translation>
    </message>
    <message>
        <source>moved to %1</source>
        <translation>перемещён в %1</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <translation>перемещён из %1</translation>
    </message>
    <message>
        <source>text changed</source>
        <translation>текст изменён</translation>
    </message>
    <message>
        <source>kind: %1 → %2</source>
        <translation>вид: %1 → %2</translation>
    </message>
    <message>
        <source>status: %1 → %2</source>
        <translation>статус: %1 → %2</translation>
    </message>
    <message>
        <source>simplified redline</source>
        <translation>упрощённая разметка изменений</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation>было:  %1</translation>
    </message>
    <message>
        <source>to:   %1</source>
        <translation>стало: %1</translation>
    </message>
</context>
<context>
    <name>Remote</name>
    <message>
        <source>cannot clone into %1: it exists and is not a folder</source>
        <translation>невозможно клонировать в %1: он существует и не является каталогом</translation>
    </message>
    <message>
        <source>cannot clone into %1: the folder is not empty</source>
        <translation>невозможно клонировать в %1: каталог не пуст</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a branch</source>
        <translation>«%1» не является веткой</translation>
    </message>
    <message>
        <source>there is no branch &apos;%1&apos; here</source>
        <translation>здесь нет ветки «%1»</translation>
    </message>
    <message>
        <source>%1 refused to update %2: %3</source>
        <translation>%1 отказался обновить %2: %3</translation>
    </message>
    <message>
        <source>the branch &apos;%1&apos; follows no remote branch</source>
        <translation>ветка «%1» не следует ни за какой удалённой веткой</translation>
    </message>
    <message>
        <source>authentication failed for %1: too many attempts</source>
        <translation>ошибка аутентификации для %1: слишком много попыток</translation>
    </message>
    <message>
        <source>no credentials were found (tried the ssh agent, key files, $PLENARY_TOKEN and the git credential helper)</source>
        <translation>учётные данные не найдены (проверены агент ssh, файлы ключей, $PLENARY_TOKEN и помощник учётных данных git)</translation>
    </message>
    <message>
        <source>the remote refused %1</source>
        <translation>удалённое хранилище отклонило %1</translation>
    </message>
    <message>
        <source>authentication failed for %1: %2</source>
        <translation>ошибка аутентификации для %1: %2</translation>
    </message>
    <message>
        <source>the keys of the ssh agent</source>
        <translation>ключи агента ssh</translation>
    </message>
    <message>
        <source>the ssh key file %1 does not exist</source>
        <translation>файл ключа ssh %1 не существует</translation>
    </message>
    <message>
        <source>the key %1</source>
        <translation>ключ %1</translation>
    </message>
    <message>
        <source>the token in $PLENARY_TOKEN</source>
        <translation>токен из $PLENARY_TOKEN</translation>
    </message>
    <message>
        <source>the password of the git credential helper</source>
        <translation>пароль из помощника учётных данных git</translation>
    </message>
    <message>
        <source>authentication failed for %1: no credentials were given</source>
        <translation>ошибка аутентификации для %1: учётные данные не указаны</translation>
    </message>
    <message>
        <source>the credentials given</source>
        <translation>указанные учётные данные</translation>
    </message>
    <message>
        <source>authentication failed for %1: the remote accepts only ssh keys, not a password</source>
        <translation>ошибка аутентификации для %1: удалённое хранилище принимает только ключи ssh, а не пароль</translation>
    </message>
    <message>
        <source>cannot check the ssh host key of %1</source>
        <translation>невозможно проверить ключ хоста ssh для %1</translation>
    </message>
    <message>
        <source>unknown ssh host %1: its key is not in %2; if you trust it, add it with: %3 &gt;&gt; %2</source>
        <translation>неизвестный хост ssh %1: его ключа нет в %2; если вы ему доверяете, добавьте его командой: %3 &gt;&gt; %2</translation>
    </message>
    <message>
        <source>the ssh host key of %1 does not match %2: someone may be intercepting the connection; if the server&apos;s key was replaced, remove the old one with: ssh-keygen -R &apos;%1&apos;</source>
        <translation>ключ хоста ssh для %1 не совпадает с %2: возможно, соединение перехватывают; если ключ сервера заменили, удалите старый командой: ssh-keygen -R &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the ssh host key of %1 is revoked in %2</source>
        <translation>ключ хоста ssh для %1 отозван в %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>git error %1</source>
        <translation>ошибка git %1</translation>
    </message>
    <message>
        <source>cannot reach %1: the folder %2 does not exist</source>
        <translation>невозможно связаться с %1: каталог %2 не существует</translation>
    </message>
    <message>
        <source>authentication failed for %1: the remote refused %2</source>
        <translation>ошибка аутентификации для %1: удалённое хранилище отклонило %2</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: %2</source>
        <translation>сертификат %1 не является доверенным: %2</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>невозможно связаться с %1: %2</translation>
    </message>
    <message>
        <source>the remote has changes that are not here yet (%1 on %2): pull first, then push again</source>
        <translation>в удалённом хранилище есть изменения, которых здесь ещё нет (%1 в %2): сначала получите их, затем отправьте снова</translation>
    </message>
    <message>
        <source>there is no remote named &apos;%1&apos;</source>
        <translation>удалённого хранилища с именем «%1» нет</translation>
    </message>
    <message>
        <source>%1 was pushed, but not its revision names (%2): %3 already gives one of them to another revision, and names are never moved</source>
        <translation>%1 отправлена, но не имена её редакций (%2): в %3 одно из них уже дано другой редакции, а имена никогда не переносятся</translation>
    </message>
</context>
<context>
    <name>RenumberCommand</name>
    <message>
        <source>Fix a new numbering baseline: 5 bis becomes 6 (rewrites the file).</source>
        <translation>Зафиксировать новую базовую нумерацию: 5 bis становится 6 (файл перезаписывается).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>не указан файл</translation>
    </message>
    <message>
        <source>give exactly one file</source>
        <translation>укажите ровно один файл</translation>
    </message>
    <message>
        <source>%1: numbering already fixed; nothing to renumber</source>
        <translation>%1: нумерация уже зафиксирована; перенумеровывать нечего</translation>
    </message>
    <message>
        <source>%1: renumbered; paragraphs added to the numbering: %2</source>
        <translation>%1: перенумеровано; в нумерацию включены пункты: %2</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>git error %1</source>
        <translation>ошибка git %1</translation>
    </message>
    <message>
        <source>HEAD is detached (not on a branch)</source>
        <translation>HEAD отсоединён (не на ветке)</translation>
    </message>
    <message>
        <source>HEAD is not a branch</source>
        <translation>HEAD не является веткой</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file</source>
        <translation>«%1» не является файлом</translation>
    </message>
</context>
<context>
    <name>RepositoryCommand</name>
    <message>
        <source>Work in the repository containing DIR.</source>
        <translation>Работать в репозитории, содержащем КАТАЛОГ.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>КАТАЛОГ</translation>
    </message>
    <message>
        <source>plenary: error: %1</source>
        <translation>plenary: ошибка: %1</translation>
    </message>
    <message>
        <source>plenary: error: unknown revision &apos;%1&apos;</source>
        <translation>plenary: ошибка: неизвестная редакция «%1»</translation>
    </message>
    <message>
        <source>Save as this drafter: &quot;Name &lt;email&gt;&quot;.</source>
        <translation>Сохранить от имени этого составителя: &quot;Name &lt;email&gt;&quot;.</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>АВТОР</translation>
    </message>
    <message>
        <source>Save for this delegation (a code from the manifest).</source>
        <translation>Сохранить для этой делегации (код из манифеста).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <source>tag: %1</source>
        <translation>метка: %1</translation>
    </message>
    <message>
        <source>the text of revision %1 has errors</source>
        <translation>текст редакции %1 содержит ошибки</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Bring back the text of an earlier revision as a new revision (history keeps both).</source>
        <translation>Вернуть текст более ранней редакции в виде новой редакции (в истории сохраняются обе).</translation>
    </message>
    <message>
        <source>REV</source>
        <translation>РЕДАКЦИЯ</translation>
    </message>
    <message>
        <source>Why the text is restored (required).</source>
        <translation>Причина восстановления текста (обязательно).</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>СООБЩЕНИЕ</translation>
    </message>
    <message>
        <source>give the revision to restore</source>
        <translation>укажите восстанавливаемую редакцию</translation>
    </message>
    <message>
        <source>a message is required: -m &quot;why&quot;</source>
        <translation>необходимо сообщение: -m &quot;почему&quot;</translation>
    </message>
    <message>
        <source>the branch has no revision yet</source>
        <translation>в ветке ещё нет ни одной редакции</translation>
    </message>
    <message>
        <source>%1 has unsaved changes; commit them first (plenary commit -m …)</source>
        <translation>в %1 есть несохранённые изменения; сначала сохраните их (plenary commit -m …)</translation>
    </message>
    <message>
        <source>nothing to restore: the text is already that of %1</source>
        <translation>восстанавливать нечего: текст уже совпадает с %1</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>Print the document text at a revision.</source>
        <translation>Вывести текст документа в указанной редакции.</translation>
    </message>
    <message>
        <source>[REV]</source>
        <translation>[РЕДАКЦИЯ]</translation>
    </message>
    <message>
        <source>give at most one revision</source>
        <translation>укажите не более одной редакции</translation>
    </message>
    <message>
        <source>revision %1: %2</source>
        <translation>редакция %1: %2</translation>
    </message>
</context>
<context>
    <name>SpellCommand</name>
    <message>
        <source>Check the spelling of a document, or of the working text, with Hunspell.</source>
        <translation>Проверить орфографию документа или рабочего текста с помощью Hunspell.</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[ФАЙЛ]</translation>
    </message>
    <message>
        <source>Check in this language (a BCP 47 tag) instead of the document&apos;s.</source>
        <translation>Проверять на этом языке (тег BCP 47), а не на языке документа.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>ТЕГ</translation>
    </message>
    <message>
        <source>Print only the misspelled words, one a line, as hunspell -l.</source>
        <translation>Выводить только слова с ошибками, по одному в строке, как hunspell -l.</translation>
    </message>
    <message>
        <source>At most N suggestions per word (default %1; 0 for none).</source>
        <translation>Не более N вариантов на слово (по умолчанию %1; 0 — без вариантов).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>слишком много аргументов</translation>
    </message>
    <message>
        <source>--suggestions takes a number of 0 or more</source>
        <translation>--suggestions принимает число не меньше 0</translation>
    </message>
    <message>
        <source>%1:%2: warning: %3</source>
        <translation>%1:%2: предупреждение: %3</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
</context>
<context>
    <name>SpellingDictionary</name>
    <message>
        <source>cannot read the dictionary file %1: %2</source>
        <translation>не удаётся прочитать файл словаря %1: %2</translation>
    </message>
    <message>
        <source>the dictionary %1 declares the encoding %2, which this system cannot convert</source>
        <translation>словарь %1 объявляет кодировку %2, которую эта система не умеет преобразовывать</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>The current branch, how far it is ahead of or behind the remote, and unsaved changes.</source>
        <translation>Текущая ветка, насколько она опережает удалённое хранилище или отстаёт от него, и несохранённые изменения.</translation>
    </message>
    <message>
        <source>status takes no arguments</source>
        <translation>status не принимает аргументов</translation>
    </message>
    <message>
        <source>On branch %1</source>
        <translation>Ветка %1</translation>
    </message>
    <message>
        <source>On branch %1 (proposal: %2)</source>
        <translation>Ветка %1 (предложение: %2)</translation>
    </message>
    <message>
        <source>No revision yet.</source>
        <translation>Редакций пока нет.</translation>
    </message>
    <message>
        <source>Up to date with %1 (as last fetched).</source>
        <translation>Совпадает с %1 (по последнему получению).</translation>
    </message>
    <message>
        <source>Against %1: %2 ahead, %3 behind (%4).</source>
        <translation>Относительно %1: впереди на %2, позади на %3 (%4).</translation>
    </message>
    <message>
        <source>pull to bring theirs in</source>
        <translation>получите, чтобы принять их редакции</translation>
    </message>
    <message>
        <source>push to share yours</source>
        <translation>отправьте, чтобы поделиться своими</translation>
    </message>
    <message>
        <source>No remote copy of this branch.</source>
        <translation>Удалённой копии этой ветки нет.</translation>
    </message>
    <message>
        <source>No unsaved changes.</source>
        <translation>Несохранённых изменений нет.</translation>
    </message>
    <message>
        <source>Changes not saved as a revision: %1</source>
        <translation>Изменения, не сохранённые как редакция: %1</translation>
    </message>
</context>
<context>
    <name>SwitchCommand</name>
    <message>
        <source>Switch to another branch (a proposal, or main).</source>
        <translation>Переключиться на другую ветку (предложение или main).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>name the branch: plenary switch main</source>
        <translation>укажите ветку: plenary switch main</translation>
    </message>
    <message>
        <source>plenary: warning: %1</source>
        <translation>plenary: предупреждение: %1</translation>
    </message>
    <message>
        <source>Switched to %1.</source>
        <translation>Переключено на %1.</translation>
    </message>
</context>
<context>
    <name>TagCommand</name>
    <message>
        <source>Name a revision (Rev.1, Final) with an annotated tag.</source>
        <translation>Присвоить редакции имя (Rev.1, Final) с помощью аннотированной метки.</translation>
    </message>
    <message>
        <source>REV NAME</source>
        <translation>РЕДАКЦИЯ ИМЯ</translation>
    </message>
    <message>
        <source>What this revision is (required).</source>
        <translation>Что представляет собой эта редакция (обязательно).</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>СООБЩЕНИЕ</translation>
    </message>
    <message>
        <source>give a revision and a name: plenary tag HEAD Rev.1 -m &quot;…&quot;</source>
        <translation>укажите редакцию и имя: plenary tag HEAD Rev.1 -m &quot;…&quot;</translation>
    </message>
    <message>
        <source>a message is required: -m &quot;what this revision is&quot;</source>
        <translation>необходимо сообщение: -m &quot;что это за редакция&quot;</translation>
    </message>
    <message>
        <source>%1 names revision %2</source>
        <translation>%1 — имя редакции %2</translation>
    </message>
</context>
<context>
    <name>TagsCommand</name>
    <message>
        <source>List the named revisions.</source>
        <translation>Перечислить именованные редакции.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>лишний аргумент «%1»</translation>
    </message>
</context>
<context>
    <name>plenary::EditorSession</name>
    <message>
        <source>process %1 on %2</source>
        <translation>процесс %1 на %2</translation>
    </message>
</context>
<context>
    <name>plenary::gui::CommentsPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Re&amp;ply…</source>
        <translation>&amp;Ответить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Решить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решённые</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Which comments to list</source>
        <translation>Какие комментарии показывать</translation>
    </message>
    <message>
        <source>Comments of one delegation only</source>
        <translation>Комментарии только одной делегации</translation>
    </message>
    <message>
        <source>Comment on the selected words, or on the paragraph at the cursor (Ctrl+Alt+M)</source>
        <translation>Прокомментировать выделенные слова или пункт, в котором находится курсор (Ctrl+Alt+M)</translation>
    </message>
    <message>
        <source>Answer the chosen comment</source>
        <translation>Ответить на выбранный комментарий</translation>
    </message>
    <message>
        <source>Change the text of your own comment</source>
        <translation>Изменить текст своего комментария</translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation>Все делегации</translation>
    </message>
    <message>
        <source>removed paragraph</source>
        <translation>удалённый пункт</translation>
    </message>
    <message>
        <source>(text changed)</source>
        <translation>(текст изменён)</translation>
    </message>
    <message>
        <source>(wording changed)</source>
        <translation>(формулировка изменена)</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(изменено)</translation>
    </message>
    <message>
        <source>✓ Resolved by %1 (%2), %3</source>
        <translation>✓ Решено: %1 (%2), %3</translation>
    </message>
    <message>
        <source>No comments here. Select words in the text and choose Add to comment on them.</source>
        <translation>Здесь нет комментариев. Выделите слова в тексте и нажмите «Добавить», чтобы прокомментировать их.</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Открыть &amp;снова</translation>
    </message>
    <message>
        <source>The paragraph of this comment is no longer in the text.</source>
        <translation>Пункта, к которому относится этот комментарий, больше нет в тексте.</translation>
    </message>
    <message>
        <source>Comment on “%1” in %2:</source>
        <translation>Комментарий к «%1» в %2:</translation>
    </message>
    <message>
        <source>Comment on %1:</source>
        <translation>Комментарий к %1:</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Добавление комментария</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Reply to %1 (%2):</source>
        <translation>Ответ автору %1 (%2):</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>Изменение комментария</translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation>Ваш комментарий:</translation>
    </message>
</context>
<context>
    <name>plenary::gui::CompareView</name>
    <message>
        <source>&amp;Inline</source>
        <translation>&amp;Единым текстом</translation>
    </message>
    <message>
        <source>Two &amp;Columns</source>
        <translation>&amp;Две колонки</translation>
    </message>
    <message>
        <source>C&amp;hanged paragraphs only</source>
        <translation>Только &amp;изменённые пункты</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>&amp;Предыдущее изменение</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>&amp;Следующее изменение</translation>
    </message>
    <message>
        <source>Compare %1 → %2</source>
        <translation>Сравнение %1 → %2</translation>
    </message>
    <message>
        <source>Insertions underlined, deletions struck through, in one text</source>
        <translation>Вставки подчёркнуты, удаления зачёркнуты, в одном тексте</translation>
    </message>
    <message>
        <source>The text proposed on the left, the amendment on the right</source>
        <translation>Предлагаемый текст слева, поправка справа</translation>
    </message>
    <message>
        <source>Go to the previous change (Shift+F7)</source>
        <translation>Перейти к предыдущему изменению (Shift+F7)</translation>
    </message>
    <message>
        <source>Go to the next change (F7)</source>
        <translation>Перейти к следующему изменению (F7)</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Сравнение…</translation>
    </message>
    <message>
        <source>The text of %1 does not read: %2</source>
        <translation>Не удаётся прочитать текст %1: %2</translation>
    </message>
</context>
<context>
    <name>plenary::gui::CredentialsDialog</name>
    <message>
        <source>Sign In to the Remote</source>
        <translation>Вход в удалённое хранилище</translation>
    </message>
    <message>
        <source>%1 refused the previous answer. Try again:</source>
        <translation>%1 отклонил предыдущий ответ. Попробуйте ещё раз:</translation>
    </message>
    <message>
        <source>%1 asks who you are:</source>
        <translation>%1 спрашивает, кто вы:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>none: sign in with the password</source>
        <translation>нет: вход по паролю</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Private Key</source>
        <translation>Закрытый ключ</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Файл &amp;ключа:</translation>
    </message>
    <message>
        <source>&amp;Password or key passphrase:</source>
        <translation>&amp;Пароль или парольная фраза ключа:</translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation>&amp;Пароль или токен:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Войти</translation>
    </message>
</context>
<context>
    <name>plenary::gui::CrossReferenceDialog</name>
    <message>
        <source>Insert Cross-Reference</source>
        <translation>Вставить перекрёстную ссылку</translation>
    </message>
    <message>
        <source>&amp;Paragraph to cite:</source>
        <translation>&amp;Пункт для ссылки:</translation>
    </message>
    <message>
        <source>Type a number or words of the paragraph</source>
        <translation>Введите номер или слова пункта</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Вставить</translation>
    </message>
</context>
<context>
    <name>plenary::gui::DocumentEditor</name>
    <message>
        <source>Edit Agreed Text</source>
        <translation>Изменение согласованного текста</translation>
    </message>
    <message>
        <source>%1 is agreed or agreed ad referendum. Editing it reopens it: its status becomes proposed. Edit it?</source>
        <translation>%1 согласовано или согласовано ad referendum. Изменение вновь открывает его: статус становится «предложено». Изменить?</translation>
    </message>
    <message>
        <source>%1 is the first at its level here: it cannot move up.</source>
        <translation>%1 — первый на своём уровне: переместить выше нельзя.</translation>
    </message>
    <message>
        <source>%1 is the last at its level here: it cannot move down.</source>
        <translation>%1 — последний на своём уровне: переместить ниже нельзя.</translation>
    </message>
    <message>
        <source>There is no next paragraph to join.</source>
        <translation>Нет следующего пункта для объединения.</translation>
    </message>
    <message>
        <source>%1 cannot be joined to the paragraph before it: %2 cite it.</source>
        <translation>%1 нельзя объединить с предыдущим пунктом: на него ссылаются %2.</translation>
    </message>
</context>
<context>
    <name>plenary::gui::ExportDialog</name>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Веб-страница (HTML)</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Простой текст</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>Текст OpenDocument (ODT)</translation>
    </message>
    <message>
        <source>Akoma Ntoso XML</source>
        <translation>XML Akoma Ntoso</translation>
    </message>
    <message>
        <source>&amp;Final text (no DRAFT mark)</source>
        <translation>&amp;Окончательный текст (без отметки ПРОЕКТ)</translation>
    </message>
    <message>
        <source>Issue e&amp;ven though the check fails</source>
        <translation>Выпустить, &amp;даже если проверка не пройдена</translation>
    </message>
    <message>
        <source>Open &amp;comments as endnotes</source>
        <translation>Открытые &amp;комментарии как концевые сноски</translation>
    </message>
    <message>
        <source>&amp;Line numbers in the margin</source>
        <translation>Номера &amp;строк на полях</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Latest revision (%1)</source>
        <translation>Последняя редакция (%1)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Ф&amp;ормат:</translation>
    </message>
    <message>
        <source>&amp;Revision:</source>
        <translation>&amp;Редакция:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>For negotiation sessions: every line of the text numbered, from 1 on each page (PDF only).</source>
        <translation>Для переговорных заседаний: каждая строка текста пронумерована, с 1 на каждой странице (только PDF).</translation>
    </message>
    <message>
        <source>Checking the text and preparing the preview…</source>
        <translation>Проверка текста и подготовка предпросмотра…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Подготовка предпросмотра…</translation>
    </message>
    <message>
        <source>&lt;b&gt;This text cannot be issued as final yet.&lt;/b&gt; Resolve what blocks it (%1), or issue it anyway:</source>
        <translation>&lt;b&gt;Этот текст пока нельзя выпустить как окончательный.&lt;/b&gt; Устраните препятствия (%1) или выпустите его всё равно:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issued as final despite what blocks it (%1).&lt;/b&gt; The PDF says so in its keywords.</source>
        <translation>&lt;b&gt;Выпущен как окончательный, несмотря на препятствия (%1).&lt;/b&gt; Это указано в ключевых словах PDF.</translation>
    </message>
    <message>
        <source>Printing the preview…</source>
        <translation>Печать предпросмотра…</translation>
    </message>
    <message>
        <source>The preview could not be printed: %1</source>
        <translation>Не удалось напечатать предпросмотр: %1</translation>
    </message>
    <message>
        <source>Numbering the pages…</source>
        <translation>Нумерация страниц…</translation>
    </message>
    <message>
        <source>The preview could not be finished: %1</source>
        <translation>Не удалось завершить предпросмотр: %1</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Экспорт: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Pages: %1. Export is refused until the text passes the check.</source>
        <translation>Страниц: %1. Экспорт невозможен, пока текст не пройдёт проверку.</translation>
    </message>
    <message>
        <source>Pages: %1. File: %2</source>
        <translation>Страниц: %1. Файл: %2</translation>
    </message>
</context>
<context>
    <name>plenary::gui::FindBar</name>
    <message>
        <source>Replaced 1 occurrence in 1 paragraph</source>
        <translation>Заменено 1 вхождение в 1 пункте</translation>
    </message>
    <message>
        <source>Replaced %1 occurrences in 1 paragraph</source>
        <translation>Заменено вхождений: %1, в 1 пункте</translation>
    </message>
    <message>
        <source>Replaced %1 occurrences in %2 paragraphs</source>
        <translation>Заменено вхождений: %1, пунктов: %2</translation>
    </message>
    <message>
        <source>Replace wi&amp;th:</source>
        <translation>Заменить &amp;на:</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Заменить &amp;все</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>С учётом &amp;регистра</translation>
    </message>
    <message>
        <source>Whole w&amp;ords</source>
        <translation>&amp;Слово целиком</translation>
    </message>
    <message>
        <source>Within &amp;brackets only</source>
        <translation>Только в &amp;скобках</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Find in the text</source>
        <translation>Найти в тексте</translation>
    </message>
    <message>
        <source>Text to find (%1); %2 finds the next match, %3 the previous</source>
        <translation>Текст для поиска (%1); %2 — следующее совпадение, %3 — предыдущее</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Заменить на</translation>
    </message>
    <message>
        <source>Text to put in place of each match (%1); %2 replaces the selected match</source>
        <translation>Текст вместо каждого совпадения (%1); %2 заменяет выделенное совпадение</translation>
    </message>
    <message>
        <source>Previous match (%1, %2)</source>
        <translation>Предыдущее совпадение (%1, %2)</translation>
    </message>
    <message>
        <source>Next match (%1, %2)</source>
        <translation>Следующее совпадение (%1, %2)</translation>
    </message>
    <message>
        <source>Replace the selected match and go to the next one (%1 in the Replace field)</source>
        <translation>Заменить выделенное совпадение и перейти к следующему (%1 в поле замены)</translation>
    </message>
    <message>
        <source>Replace every match in the text, in one step that Undo takes back</source>
        <translation>Заменить все совпадения в тексте одним шагом, который отменяется целиком</translation>
    </message>
    <message>
        <source>Find only text with the same capital and small letters</source>
        <translation>Искать только текст с теми же заглавными и строчными буквами</translation>
    </message>
    <message>
        <source>Find only whole words: “State” does not find “Statement”</source>
        <translation>Искать только слова целиком: «государство» не найдёт «государства»</translation>
    </message>
    <message>
        <source>Find only text inside square brackets, that is text not yet agreed</source>
        <translation>Искать только текст в квадратных скобках, то есть ещё не согласованный</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close (%1)</source>
        <translation>Закрыть (%1)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <source>%1 of %2, continued from the start</source>
        <translation>%1 из %2, поиск продолжен с начала</translation>
    </message>
    <message>
        <source>%1 of %2, continued from the end</source>
        <translation>%1 из %2, поиск продолжен с конца</translation>
    </message>
    <message>
        <source>Nothing was replaced</source>
        <translation>Ничего не заменено</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Совпадений нет</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 совпадение</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>Совпадений: %1</translation>
    </message>
</context>
<context>
    <name>plenary::gui::HistoryPanel</name>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Делегация:</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation>Все делегации</translation>
    </message>
</context>
<context>
    <name>plenary::gui::IdentityDialog</name>
    <message>
        <source>Your Identity</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <source>Every revision records who saved it and for which delegation.</source>
        <translation>В каждой редакции указывается, кто её сохранил и для какой делегации.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Делегация:</translation>
    </message>
</context>
<context>
    <name>plenary::gui::MainWindow</name>
    <message>
        <source>Plenary</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <source>Draft the negotiated texts of a conference: declarations and co-chair&apos;s summaries, every revision kept.</source>
        <translation>Готовьте согласуемые тексты конференции: декларации и резюме сопредседателей, с сохранением каждой редакции.</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Negotiation</source>
        <translation>Открыть &amp;демонстрационные переговоры</translation>
    </message>
    <message>
        <source>&amp;Open a Negotiation…</source>
        <translation>&amp;Открыть переговоры…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Save Revision…</source>
        <translation>&amp;Сохранить редакцию…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Вы&amp;резать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить масштаб</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить масштаб</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Полноэкранный режим</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>П&amp;ункт</translation>
    </message>
    <message>
        <source>&amp;Preambular</source>
        <translation>Пункт &amp;преамбулы</translation>
    </message>
    <message>
        <source>&amp;Operative</source>
        <translation>Пункт постановляющей &amp;части</translation>
    </message>
    <message>
        <source>&amp;Sub-paragraph</source>
        <translation>По&amp;дпункт</translation>
    </message>
    <message>
        <source>Second-&amp;Level Sub-paragraph</source>
        <translation>Подподп&amp;ункт</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>П&amp;овествовательный пункт</translation>
    </message>
    <message>
        <source>&amp;Chapeau</source>
        <translation>&amp;Вступительная часть</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Proposed</source>
        <translation>&amp;Предложено</translation>
    </message>
    <message>
        <source>Agreed &amp;ad Referendum</source>
        <translation>Со&amp;гласовано ad referendum</translation>
    </message>
    <message>
        <source>A&amp;greed</source>
        <translation>&amp;Согласовано</translation>
    </message>
    <message>
        <source>&amp;Deleted</source>
        <translation>&amp;Исключено</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>Sample Negotiation</source>
        <translation>Демонстрационные переговоры</translation>
    </message>
    <message>
        <source>The sample negotiation could not be created: %1</source>
        <translation>Не удалось создать демонстрационные переговоры: %1</translation>
    </message>
    <message>
        <source>Open a Negotiation</source>
        <translation>Открыть переговоры</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Distribution: %1</source>
        <translation>Распространение: %1</translation>
    </message>
    <message>
        <source>%1 [*] — Plenary</source>
        <translation>%1 [*] — Plenary</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>Слов: %1</translation>
    </message>
    <message>
        <source>Agreed: %1 of %2</source>
        <translation>Согласовано: %1 из %2</translation>
    </message>
    <message>
        <source>Open brackets: %1</source>
        <translation>Оставшиеся скобки: %1</translation>
    </message>
    <message>
        <source>no revision</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Revision: %1</source>
        <translation>Редакция: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>Save Revision</source>
        <translation>Сохранение редакции</translation>
    </message>
    <message>
        <source>The revision was not saved: %1</source>
        <translation>Редакция не сохранена: %1</translation>
    </message>
    <message>
        <source>Saved revision %1</source>
        <translation>Сохранена редакция %1</translation>
    </message>
    <message>
        <source>Nothing to save: the text is unchanged</source>
        <translation>Сохранять нечего: текст не изменён</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The text has changes that are not saved as a revision.</source>
        <translation>В тексте есть изменения, не сохранённые в виде редакции.</translation>
    </message>
    <message>
        <source>Unsaved work could not be written to the recovery file</source>
        <translation>Несохранённую работу не удалось записать в файл восстановления</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Восстановление несохранённой работы</translation>
    </message>
    <message>
        <source>This negotiation has unsaved work from %1, kept when Plenary last stopped. Recover it?</source>
        <translation>В этих переговорах есть несохранённая работа от %1, сохранённая при последней остановке Plenary. Восстановить её?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отбросить</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Структура</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>&amp;Show Revision</source>
        <translation>&amp;Показать редакцию</translation>
    </message>
    <message>
        <source>&amp;Restore Revision…</source>
        <translation>&amp;Восстановить редакцию…</translation>
    </message>
    <message>
        <source>&amp;Name Revision…</source>
        <translation>&amp;Назвать редакцию…</translation>
    </message>
    <message>
        <source>Show Revision</source>
        <translation>Показать редакцию</translation>
    </message>
    <message>
        <source>Revision %1 — read-only</source>
        <translation>Редакция %1 — только чтение</translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4</source>
        <translation>%1, %2 (%3): %4</translation>
    </message>
    <message>
        <source>Restore Revision</source>
        <translation>Восстановление редакции</translation>
    </message>
    <message>
        <source>Save or discard your changes before restoring a revision.</source>
        <translation>Сохраните или отмените изменения, прежде чем восстанавливать редакцию.</translation>
    </message>
    <message>
        <source>The text of revision %1 cannot be read.</source>
        <translation>Текст редакции %1 не удаётся прочитать.</translation>
    </message>
    <message>
        <source>Name Revision</source>
        <translation>Название редакции</translation>
    </message>
    <message>
        <source>Name of revision %1 (for example Rev.3 or Final):</source>
        <translation>Название редакции %1 (например, Rev.3 или Final):</translation>
    </message>
    <message>
        <source>New &amp;Declaration…</source>
        <translation>Новая &amp;декларация…</translation>
    </message>
    <message>
        <source>New Co-Chair&apos;s S&amp;ummary…</source>
        <translation>Новое &amp;резюме сопредседателей…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>&amp;Заменить…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Найти &amp;ранее</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Предпросмотр</translation>
    </message>
    <message>
        <source>Show the text as it will print (%1)</source>
        <translation>Показать текст так, как он будет напечатан (%1)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Переместить &amp;выше</translation>
    </message>
    <message>
        <source>Move the paragraph, with its sub-paragraphs, up</source>
        <translation>Переместить пункт вместе с подпунктами выше</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Переместить &amp;ниже</translation>
    </message>
    <message>
        <source>Move the paragraph, with its sub-paragraphs, down</source>
        <translation>Переместить пункт вместе с подпунктами ниже</translation>
    </message>
    <message>
        <source>S&amp;plit Paragraph</source>
        <translation>&amp;Разделить пункт</translation>
    </message>
    <message>
        <source>Split the paragraph at the cursor</source>
        <translation>Разделить пункт в месте курсора</translation>
    </message>
    <message>
        <source>&amp;Join with Next</source>
        <translation>&amp;Объединить со следующим</translation>
    </message>
    <message>
        <source>Join the next paragraph to this one</source>
        <translation>Присоединить следующий пункт к этому</translation>
    </message>
    <message>
        <source>Insert &amp;Cross-Reference…</source>
        <translation>Вставить &amp;ссылку…</translation>
    </message>
    <message>
        <source>Cite another paragraph by its number, kept current when paragraphs move (%1)</source>
        <translation>Сослаться на другой пункт по номеру, который обновляется при перемещении пунктов (%1)</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>Редактирование</translation>
    </message>
    <message>
        <source>New co-chair&apos;s summary: %1</source>
        <translation>Новое резюме сопредседателей: %1</translation>
    </message>
    <message>
        <source>New declaration: %1</source>
        <translation>Новая декларация: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; This negotiation&apos;s folder cannot be written here: you can read the text and browse its history, but not save.</source>
        <translation>&lt;b&gt;Только чтение.&lt;/b&gt; В папку этих переговоров здесь нельзя записывать: можно читать текст и просматривать историю, но не сохранять.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Also open elsewhere.&lt;/b&gt; Another Plenary window (%1) has this negotiation open. You can edit here too: if the other window saves first, your save is refused and your text stays open, so nothing is overwritten.</source>
        <translation>&lt;b&gt;Открыто также в другом окне.&lt;/b&gt; Эти переговоры открыты в другом окне Plenary (%1). Здесь тоже можно редактировать: если другое окно сохранит первым, ваше сохранение будет отклонено, а текст останется открытым — ничего не будет перезаписано.</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>другой процесс</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>&amp;Проверить снова</translation>
    </message>
    <message>
        <source>Read the text again and open it in the editor once it has no errors (%1)</source>
        <translation>Прочитать текст снова и открыть его в редакторе, когда в нём не останется ошибок (%1)</translation>
    </message>
    <message>
        <source>The raw text has changes that still have errors and cannot be saved as a revision. Discard them?</source>
        <translation>В исходном тексте есть изменения с ошибками, которые нельзя сохранить как редакцию. Отменить их?</translation>
    </message>
    <message>
        <source>&lt;b&gt;The text of this negotiation does not read as a document&lt;/b&gt; (errors: %1). Fix it below (choose an error to go to it), then choose Check Again. Nothing is saved until you save a revision.</source>
        <translation>&lt;b&gt;Текст этих переговоров не читается как документ&lt;/b&gt; (ошибок: %1). Исправьте его ниже (выберите ошибку, чтобы перейти к ней) и нажмите «Проверить снова». Ничего не сохраняется, пока вы не сохраните редакцию.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Compare with &amp;Previous</source>
        <translation>Сравнить с пре&amp;дыдущей редакцией</translation>
    </message>
    <message>
        <source>What the chosen revision changed</source>
        <translation>Что изменено в выбранной редакции</translation>
    </message>
    <message>
        <source>Compare the Two &amp;Chosen Revisions</source>
        <translation>Сравнить две выбранные &amp;редакции</translation>
    </message>
    <message>
        <source>Choose two revisions in the history (Ctrl+click) to compare them.</source>
        <translation>Выберите в истории две редакции (Ctrl+щелчок), чтобы сравнить их.</translation>
    </message>
    <message>
        <source>Compare with &amp;Unsaved Text</source>
        <translation>Сравнить с несохранённым &amp;текстом</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Комментарии</translation>
    </message>
    <message>
        <source>&amp;Add Comment…</source>
        <translation>&amp;Добавить комментарий…</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Ответить…</translation>
    </message>
    <message>
        <source>Resolve or Re&amp;open</source>
        <translation>Решить или открыть &amp;снова</translation>
    </message>
    <message>
        <source>Show &amp;Comments</source>
        <translation>Показать &amp;комментарии</translation>
    </message>
    <message>
        <source>the text being edited</source>
        <translation>редактируемый текст</translation>
    </message>
    <message>
        <source>&lt;b&gt;Some comments cannot be read&lt;/b&gt; and are kept as they are in the file: %1</source>
        <translation>&lt;b&gt;Некоторые комментарии не удаётся прочитать&lt;/b&gt;; они сохранены в файле как есть: %1</translation>
    </message>
    <message>
        <source>Open comments: %1</source>
        <translation>Открытых комментариев: %1</translation>
    </message>
    <message>
        <source>Changes by a &amp;Delegation Since…</source>
        <translation>Изменения &amp;делегации с…</translation>
    </message>
    <message>
        <source>%1, changes by %2</source>
        <translation>%1, изменения делегации %2</translation>
    </message>
    <message>
        <source>Changes by a Delegation</source>
        <translation>Изменения делегации</translation>
    </message>
    <message>
        <source>the first revision (%1)</source>
        <translation>первой редакции (%1)</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Делегация:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>Проверять &amp;орфографию</translation>
    </message>
    <message>
        <source>Underline misspelled words in red (F7)</source>
        <translation>Подчёркивать слова с ошибками красным (F7)</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Поиск вариантов…</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Нет вариантов</translation>
    </message>
    <message>
        <source>&amp;Add “%1” to Dictionary</source>
        <translation>&amp;Добавить «%1» в словарь</translation>
    </message>
    <message>
        <source>&amp;Ignore “%1”</source>
        <translation>&amp;Пропустить «%1»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spelling is not checked:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Орфография не проверяется:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Save a first revision before exporting.</source>
        <translation>Сохраните первую редакцию перед экспортом.</translation>
    </message>
    <message>
        <source>The export is of saved revisions: save to include your latest changes.</source>
        <translation>Экспортируются сохранённые редакции: сохраните, чтобы включить последние изменения.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
</context>
<context>
    <name>plenary::gui::MergeView</name>
    <message>
        <source>numbered</source>
        <translation>нумерованный</translation>
    </message>
    <message>
        <source>not numbered</source>
        <translation>ненумерованный</translation>
    </message>
    <message>
        <source>Edit a &amp;blend…</source>
        <translation>Составить &amp;объединённый текст…</translation>
    </message>
    <message>
        <source>A&amp;pply Blend</source>
        <translation>При&amp;менить объединённый текст</translation>
    </message>
    <message>
        <source>&amp;Complete Merge</source>
        <translation>&amp;Завершить слияние</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Слияние %1 с %2</translation>
    </message>
    <message>
        <source>Take ours (%1)</source>
        <translation>Взять нашу (%1)</translation>
    </message>
    <message>
        <source>Take theirs (%1)</source>
        <translation>Взять их (%1)</translation>
    </message>
    <message>
        <source>Keep both as alternatives</source>
        <translation>Сохранить обе как варианты</translation>
    </message>
    <message>
        <source>Both texts as “[Alt 1 (%1): …] [Alt 2 (%2): …]”, the paragraph proposed (%3)</source>
        <translation>Оба текста в виде «[Alt 1 (%1): …] [Alt 2 (%2): …]», пункт предложен (%3)</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) disagree on these points. Settle each one; nothing is recorded until the merge is complete.</source>
        <translation>%1 (%2) и %3 (%4) расходятся в этих пунктах. Разрешите каждый; ничего не записывается до завершения слияния.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Base&lt;/b&gt; (the common ancestor)</source>
        <translation>&lt;b&gt;Основа&lt;/b&gt; (общий предок)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ours&lt;/b&gt;: %1 (%2)</source>
        <translation>&lt;b&gt;Наша&lt;/b&gt;: %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt;: %1 (%2)</source>
        <translation>&lt;b&gt;Их&lt;/b&gt;: %1 (%2)</translation>
    </message>
    <message>
        <source>A text written from both versions (one paragraph, brackets balanced):</source>
        <translation>Текст, составленный из обеих версий (один пункт, скобки парные):</translation>
    </message>
    <message>
        <source>&lt;b&gt;As it will read&lt;/b&gt;</source>
        <translation>&lt;b&gt;Как это будет читаться&lt;/b&gt;</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>settled: %1&apos;s version</source>
        <translation>разрешён: версия %1</translation>
    </message>
    <message>
        <source>settled: both as alternatives</source>
        <translation>разрешён: обе как варианты</translation>
    </message>
    <message>
        <source>settled: a blend</source>
        <translation>разрешён: объединённый текст</translation>
    </message>
    <message>
        <source>%1 — %2 / %3 — %4</source>
        <translation>%1 — %2 / %3 — %4</translation>
    </message>
    <message>
        <source>Not in the base: both sides added this paragraph.</source>
        <translation>Нет в основе: обе стороны добавили этот пункт.</translation>
    </message>
    <message>
        <source>Removed by %1.</source>
        <translation>Удалён %1.</translation>
    </message>
    <message>
        <source>Not in the base.</source>
        <translation>Нет в основе.</translation>
    </message>
    <message>
        <source>Open: until it is settled the merge keeps %1&apos;s version.</source>
        <translation>Открыт: пока он не разрешён, слияние сохраняет версию %1.</translation>
    </message>
    <message>
        <source>Removed from the text.</source>
        <translation>Удалён из текста.</translation>
    </message>
    <message>
        <source>No value: the field is removed.</source>
        <translation>Нет значения: поле удаляется.</translation>
    </message>
    <message>
        <source>Settle every conflict first (%1 open).</source>
        <translation>Сначала разрешите все конфликты (открыто: %1).</translation>
    </message>
    <message>
        <source>The merge was not recorded: %1</source>
        <translation>Слияние не записано: %1</translation>
    </message>
    <message>
        <source>Merged %1 into %2: revision %3 (conflicts settled: %4).</source>
        <translation>%1 слит с %2: редакция %3 (разрешено конфликтов: %4).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2.</translation>
    </message>
    <message>
        <source>A field holds one value: take one, or write a blend.</source>
        <translation>Поле содержит одно значение: выберите одно или составьте объединённое.</translation>
    </message>
</context>
<context>
    <name>plenary::gui::NegotiationMenu</name>
    <message>
        <source>&amp;Negotiation</source>
        <translation>&amp;Переговоры</translation>
    </message>
    <message>
        <source>S&amp;witch To</source>
        <translation>П&amp;ерейти к</translation>
    </message>
    <message>
        <source>&amp;Start Proposal…</source>
        <translation>&amp;Начать предложение…</translation>
    </message>
    <message>
        <source>A branch of its own for a delegation&apos;s proposal, merged when agreed</source>
        <translation>Отдельная ветка для предложения делегации, сливаемая после согласования</translation>
    </message>
    <message>
        <source>&amp;Merge Proposal…</source>
        <translation>&amp;Слить предложение…</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Получить</translation>
    </message>
    <message>
        <source>Bring in the shared remote&apos;s revisions and merge them</source>
        <translation>Получить редакции из общего удалённого хранилища и слить их</translation>
    </message>
    <message>
        <source>P&amp;ush</source>
        <translation>О&amp;тправить</translation>
    </message>
    <message>
        <source>Share this branch&apos;s revisions with the shared remote</source>
        <translation>Отправить редакции этой ветки в общее удалённое хранилище</translation>
    </message>
    <message>
        <source>No negotiation is open.</source>
        <translation>Переговоры не открыты.</translation>
    </message>
    <message>
        <source>Revisions are saved on the branch %1.</source>
        <translation>Редакции сохраняются в ветке %1.</translation>
    </message>
    <message>
        <source>%1 revisions to push, %2 to pull (%3 as last fetched).</source>
        <translation>Редакций к отправке: %1, к получению: %2 (%3 по последнему получению).</translation>
    </message>
    <message>
        <source>Switch To</source>
        <translation>Перейти к</translation>
    </message>
    <message>
        <source>The text has errors and changes that cannot be saved as a revision yet: fix the errors and save first.</source>
        <translation>В тексте есть ошибки и изменения, которые пока нельзя сохранить как редакцию: сначала исправьте ошибки и сохраните.</translation>
    </message>
    <message>
        <source>Save your changes as a revision first?</source>
        <translation>Сначала сохранить изменения как редакцию?</translation>
    </message>
    <message>
        <source>The text has changes that are not saved as a revision yet.</source>
        <translation>В тексте есть изменения, ещё не сохранённые как редакция.</translation>
    </message>
    <message>
        <source>Start a Proposal</source>
        <translation>Начать предложение</translation>
    </message>
    <message>
        <source>The proposal was not started: %1</source>
        <translation>Предложение не начато: %1</translation>
    </message>
    <message>
        <source>Started proposal %1: revisions are now saved on it.</source>
        <translation>Начато предложение %1: теперь редакции сохраняются в нём.</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Переключение</translation>
    </message>
    <message>
        <source>Plenary did not switch to %1: %2</source>
        <translation>Plenary не переключился на %1: %2</translation>
    </message>
    <message>
        <source>Switched to %1.</source>
        <translation>Переключено на %1.</translation>
    </message>
    <message>
        <source>Switched to %1. %2</source>
        <translation>Переключено на %1. %2</translation>
    </message>
    <message>
        <source>Merge Proposal</source>
        <translation>Слияние предложения</translation>
    </message>
    <message>
        <source>There is no other branch to merge: start a proposal first.</source>
        <translation>Других веток для слияния нет: сначала начните предложение.</translation>
    </message>
    <message>
        <source>Merge into %1:</source>
        <translation>Слить с %1:</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>&amp;Предложение:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Слить</translation>
    </message>
    <message>
        <source>“%1” is the current branch; choose another one.</source>
        <translation>«%1» — текущая ветка; выберите другую.</translation>
    </message>
    <message>
        <source>There is no branch “%1”.</source>
        <translation>Ветки «%1» нет.</translation>
    </message>
    <message>
        <source>%1 cannot be merged: %2</source>
        <translation>%1 невозможно слить: %2</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Слияние</translation>
    </message>
    <message>
        <source>Already up to date with %1.</source>
        <translation>Уже совпадает с %1.</translation>
    </message>
    <message>
        <source>Fast-forward to %1 (%2).</source>
        <translation>Перемотка вперёд до %1 (%2).</translation>
    </message>
    <message>
        <source>The merge was not recorded: %1</source>
        <translation>Слияние не записано: %1</translation>
    </message>
    <message>
        <source>Merged %1 into %2: revision %3.</source>
        <translation>%1 слит с %2: редакция %3.</translation>
    </message>
    <message>
        <source>Merge cancelled: nothing was changed.</source>
        <translation>Слияние отменено: ничего не изменено.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <source>Sending: %1 of %2 objects (%3)</source>
        <translation>Отправка: %1 из %2 объектов (%3)</translation>
    </message>
    <message>
        <source>Receiving: %1 of %2 objects (%3)</source>
        <translation>Получение: %1 из %2 объектов (%3)</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Получение</translation>
    </message>
    <message>
        <source>Nothing to pull from: %1</source>
        <translation>Неоткуда получать: %1</translation>
    </message>
    <message>
        <source>Fetching from %1…</source>
        <translation>Получение из %1…</translation>
    </message>
    <message>
        <source>%1 has no branch %2 yet: nothing to pull (Push shares yours).</source>
        <translation>в %1 ещё нет ветки %2: получать нечего («Отправить» отправит вашу).</translation>
    </message>
    <message>
        <source>Pull cancelled: nothing was changed.</source>
        <translation>Получение отменено: ничего не изменено.</translation>
    </message>
    <message>
        <source>The pull did not complete: %1. Nothing was changed here.</source>
        <translation>Получение не завершено: %1. Здесь ничего не изменено.</translation>
    </message>
    <message>
        <source>Fetched %1.</source>
        <translation>%1 получено.</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>The branch has no revision yet: save one first.</source>
        <translation>В ветке ещё нет редакций: сначала сохраните одну.</translation>
    </message>
    <message>
        <source>Changes not saved as a revision are not pushed.</source>
        <translation>Изменения, не сохранённые как редакция, не отправляются.</translation>
    </message>
    <message>
        <source>Pushing %1 to %2…</source>
        <translation>Отправка %1 в %2…</translation>
    </message>
    <message>
        <source>Pushed %1 to %2 (%3).</source>
        <translation>%1 отправлена в %2 (%3).</translation>
    </message>
    <message>
        <source>Push cancelled: nothing was changed.</source>
        <translation>Отправка отменена: ничего не изменено.</translation>
    </message>
    <message>
        <source>The push did not complete: %1. Nothing was changed.</source>
        <translation>Отправка не завершена: %1. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Pull brings in the remote&apos;s revisions and merges them; then push again.</source>
        <translation>«Получить» принимает редакции из удалённого хранилища и сливает их; затем отправьте снова.</translation>
    </message>
    <message>
        <source>%1 gives %2 to other revisions than this copy does; the names here are kept, as names are never moved.</source>
        <translation>В %1 имена %2 даны другим редакциям, чем в этой копии; здешние имена сохранены, так как имена никогда не переносятся.</translation>
    </message>
</context>
<context>
    <name>plenary::gui::NewNegotiationDialog</name>
    <message>
        <source>New Co-Chair&apos;s Summary</source>
        <translation>Новое резюме сопредседателей</translation>
    </message>
    <message>
        <source>New Declaration</source>
        <translation>Новая декларация</translation>
    </message>
    <message>
        <source>Co-Chairs&apos; Summary of the High-Level Conference</source>
        <translation>Резюме сопредседателей конференции высокого уровня</translation>
    </message>
    <message>
        <source>Declaration of the High-Level Conference on …</source>
        <translation>Декларация конференции высокого уровня по …</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Optional: the conference or organ</source>
        <translation>Необязательно: конференция или орган</translation>
    </message>
    <message>
        <source>&amp;Conference:</source>
        <translation>&amp;Конференция:</translation>
    </message>
    <message>
        <source>Optional: the document symbol, such as CONF/2027/L.1</source>
        <translation>Необязательно: условное обозначение документа, например CONF/2027/L.1</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>&amp;Обозначение:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>&amp;Add Delegation</source>
        <translation>&amp;Добавить делегацию</translation>
    </message>
    <message>
        <source>Codes of 2 to 12 capitals, digits or &apos;-&apos; (UZ, EU, UNOCT). The first delegation is the secretariat.</source>
        <translation>Коды из 2–12 заглавных латинских букв, цифр или «-» (UZ, EU, UNOCT). Первая делегация — секретариат.</translation>
    </message>
    <message>
        <source>Delegations:</source>
        <translation>Делегации:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>Your &amp;email:</source>
        <translation>Ваш &amp;e-mail:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Keep the Negotiation In</source>
        <translation>Хранить переговоры в</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Give the text a title.</source>
        <translation>Укажите название текста.</translation>
    </message>
    <message>
        <source>Name at least one delegation: the secretariat.</source>
        <translation>Укажите хотя бы одну делегацию — секретариат.</translation>
    </message>
    <message>
        <source>“%1” is not a delegation code: use 2 to 12 capitals, digits or &apos;-&apos;.</source>
        <translation>«%1» — не код делегации: используйте 2–12 заглавных латинских букв, цифр или «-».</translation>
    </message>
    <message>
        <source>Give delegation %1 its full name.</source>
        <translation>Укажите полное название делегации %1.</translation>
    </message>
    <message>
        <source>Delegation %1 is listed twice.</source>
        <translation>Делегация %1 указана дважды.</translation>
    </message>
    <message>
        <source>Give your name and email: the first revision is recorded as yours.</source>
        <translation>Укажите имя и e-mail: первая редакция будет записана от вашего имени.</translation>
    </message>
    <message>
        <source>Choose a folder for the negotiation.</source>
        <translation>Выберите папку для переговоров.</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new folder.</source>
        <translation>%1 уже существует: выберите новую папку.</translation>
    </message>
</context>
<context>
    <name>plenary::gui::OutlinePanel</name>
    <message>
        <source>Paragraph</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Brackets</source>
        <translation>Скобки</translation>
    </message>
</context>
<context>
    <name>plenary::gui::SaveDialog</name>
    <message>
        <source>Save a Revision</source>
        <translation>Сохранение редакции</translation>
    </message>
    <message>
        <source>What changed, e.g. &quot;EU proposal on OP3&quot;</source>
        <translation>Что изменено, например «предложение ЕС по пункту 3 постановляющей части»</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Сообщение:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Delegation:</source>
        <translation>Делегация:</translation>
    </message>
</context>
<context>
    <name>plenary::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Your identity</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <source>The code in the negotiation&apos;s list, such as EU</source>
        <translation>Код из списка переговоров, например EU</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Делегация:</translation>
    </message>
    <message>
        <source>Language and text</source>
        <translation>Язык и текст</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Menus change language when Plenary starts again.</source>
        <translation>Язык меню изменится при следующем запуске Plenary.</translation>
    </message>
    <message>
        <source>&amp;Menus in:</source>
        <translation>&amp;Язык меню:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>&amp;Шрифт редактора:</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>Несохранённая работа</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>After this pause in typing, unsaved work is written to a recovery file outside the history, offered back after a crash.</source>
        <translation>После такой паузы в наборе несохранённая работа записывается в файл восстановления вне истории; после сбоя её предложат восстановить.</translation>
    </message>
    <message>
        <source>Keep a recovery copy &amp;after:</source>
        <translation>Сохранять копию для восстановления &amp;через:</translation>
    </message>
</context>
<context>
    <name>plenary::gui::StartProposalDialog</name>
    <message>
        <source>Start a Proposal</source>
        <translation>Начать предложение</translation>
    </message>
    <message>
        <source>eu-op7</source>
        <translation>eu-op7</translation>
    </message>
    <message>
        <source>EU proposal on OP 7</source>
        <translation>Предложение ЕС по п. 7</translation>
    </message>
    <message>
        <source>A proposal is a line of revisions of its own, merged into the main text when the room agrees. Its short name and title travel to every delegation&apos;s copy.</source>
        <translation>Предложение — это собственная линия редакций, которая сливается с основным текстом, когда зал согласен. Его короткое имя и название попадают в копию каждой делегации.</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>&amp;Короткое имя:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Start Proposal</source>
        <translation>&amp;Начать предложение</translation>
    </message>
    <message>
        <source>Give the proposal a short name, such as eu-op7.</source>
        <translation>Дайте предложению короткое имя, например eu-op7.</translation>
    </message>
    <message>
        <source>“%1” cannot name a proposal: use letters, digits, &apos;-&apos;, &apos;.&apos;, &apos;_&apos; and &apos;/&apos;, as in eu-op7.</source>
        <translation>«%1» не может быть именем предложения: используйте буквы, цифры, «-», «.», «_» и «/», как в eu-op7.</translation>
    </message>
    <message>
        <source>A branch named “%1” already exists.</source>
        <translation>Ветка с именем «%1» уже существует.</translation>
    </message>
</context>
<context>
    <name>plenary::web::Sandbox</name>
    <message>
        <source>the page took longer than %1 s to render</source>
        <translation>отрисовка страницы заняла больше %1 с</translation>
    </message>
    <message>
        <source>the page to print did not load</source>
        <translation>страница для печати не загрузилась</translation>
    </message>
    <message>
        <source>printing to PDF failed</source>
        <translation>не удалось напечатать в PDF</translation>
    </message>
</context>
</TS>
