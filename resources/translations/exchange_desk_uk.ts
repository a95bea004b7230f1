<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AddMovementDialog</name>
    <message>
        <source>Add movement</source>
        <translation>Додати переміщення</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Звідки</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Куди</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>Interchange files and spreadsheets (*.json *.xlsx *.csv *.p7m);;Interchange files (*.json);;Spreadsheets (*.xlsx *.csv);;Sealed files (*.p7m);;All files (*)</source>
        <translation>Файли обміну й таблиці (*.json *.xlsx *.csv *.p7m);;Файли обміну (*.json);;Таблиці (*.xlsx *.csv);;Запечатані файли (*.p7m);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Сертифікати (*.pem *.crt);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Interchange files (*.json);;Excel workbooks (*.xlsx);;CSV (*.csv)</source>
        <translation>Файли обміну даними (*.json);;Книги Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Encrypt now…</source>
        <translation>Зашифрувати зараз…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не зараз</translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation>Більше не питати</translation>
    </message>
    <message>
        <source>Databases (*.db);;All files (*)</source>
        <translation>Бази даних (*.db);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>CombinedDialog</name>
    <message>
        <source>Add a figure for several movements together</source>
        <translation>Додати показник для кількох переміщень разом</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Movements it covers</source>
        <translation>Переміщення, які він охоплює</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Джерело</translation>
    </message>
    <message>
        <source>&amp;Movements (two or more)</source>
        <translation>&amp;Переміщення (два або більше)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Число</translation>
    </message>
    <message>
        <source>&amp;How exact</source>
        <translation>&amp;Наскільки точне</translation>
    </message>
    <message>
        <source>&amp;Citation</source>
        <translation>П&amp;осилання</translation>
    </message>
</context>
<context>
    <name>DiscrepanciesModel</name>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Переміщення</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Values by source</source>
        <translation>Значення за джерелами</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Розрив</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Two or more sources give figures for the same people that cannot all be true.</source>
        <extracomment>What each rule means, for the rule&apos;s tooltip.</extracomment>
        <translation>Два чи більше джерел наводять для тих самих людей показники, які не можуть бути правдивими водночас.</translation>
    </message>
    <message>
        <source>One source&apos;s categories add up to more than its own total.</source>
        <translation>Сума категорій одного джерела більша за його власне «Усього».</translation>
    </message>
    <message>
        <source>The categories of an exhaustive set do not add up to the source&apos;s total.</source>
        <translation>Категорії вичерпного набору не дають у сумі «Усього» цього джерела.</translation>
    </message>
    <message>
        <source>Only sources of one party report this total: nobody else confirms it.</source>
        <translation>Це «Усього» наводять лише джерела однієї сторони: ніхто інший його не підтверджує.</translation>
    </message>
    <message>
        <source>The two directions of the exchange differ (information, not an error).</source>
        <translation>Два напрямки обміну відрізняються (це відомості, не помилка).</translation>
    </message>
    <message>
        <source>The same figure was changed differently on two laptops; both values are kept.</source>
        <translation>Той самий показник по-різному змінили на двох ноутбуках; обидва значення збережено.</translation>
    </message>
    <message>
        <source>A source&apos;s total said to be part of another movement is larger than that movement&apos;s total.</source>
        <translation>Загальна кількість джерела, названа частиною іншого переміщення, більша за загальну кількість того переміщення.</translation>
    </message>
    <message>
        <source>What was agreed or announced for this movement differs from what its sources say was handed over.</source>
        <translation>Домовлене чи оголошене для цього переміщення відрізняється від того, що, за джерелами, було передано.</translation>
    </message>
    <message>
        <source>A source&apos;s figure for several movements together (both directions, or several kinds) is not the sum of their totals.</source>
        <translation>Показник джерела для кількох переміщень разом (обох напрямків або кількох видів) не дорівнює сумі їхніх підсумків.</translation>
    </message>
    <message>
        <source>derived from {category_set}</source>
        <translation>виведено з набору «{category_set}»</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>Each discrepancy with its round (its id, date and title are shown).</extracomment>
        <translation>Усього</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрита</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Врегульовано (%1)</translation>
    </message>
    <message>
        <source>Resolved %1 by %2 (no source reported %1)</source>
        <translation>Вирішено: %1, %2 (жодне джерело не повідомляло %1)</translation>
    </message>
    <message>
        <source>Resolved %1 by %2</source>
        <translation>Врегульовано: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Likely duplicate rounds</source>
        <translation>Ймовірні дублікати раундів</translation>
    </message>
    <message>
        <source>Rounds of the same date between the same sides, under two ids — usually one round entered on two laptops. Select the round to merge away: its figures join the first round of its group (a figure the two hold differently becomes a merge conflict), and it is removed, its history kept.</source>
        <translation>Раунди однієї дати між тими самими сторонами під двома ідентифікаторами — зазвичай один раунд, введений на двох ноутбуках. Виберіть раунд, який слід приєднати: його показники додаються до першого раунду групи (показник, що в них різний, стає конфліктом злиття), а сам він вилучається зі збереженням історії змін.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>&amp;Merge into the first of its group…</source>
        <translation>&amp;Приєднати до першого раунду групи…</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Ймовірних дублікатів немає.</translation>
    </message>
    <message>
        <source>Select a round below the first of its group: that is the one merged away.</source>
        <translation>Виберіть раунд під першим у групі: саме його буде приєднано й вилучено.</translation>
    </message>
    <message>
        <source>Merge %1 into %2? %1 will be removed; its figures and history are kept.</source>
        <translation>Приєднати %1 до %2? %1 буде вилучено; його показники та історію змін збережено.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Не об&apos;єднано</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <source>No rounds yet</source>
        <translation>Раундів ще немає</translation>
    </message>
    <message>
        <source>Record a new round, load the demo rounds to look around, or import an interchange file from another laptop.</source>
        <translation>Запишіть новий раунд, завантажте демонстраційні раунди, щоб ознайомитися, або імпортуйте файл обміну даними з іншого ноутбука.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Завантажити демонстраційні дані</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>Імпортувати файл…</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>Новий раунд…</translation>
    </message>
</context>
<context>
    <name>FiguresGridModel</name>
    <message>
        <source>Total</source>
        <translation>Усього</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <source>Movement</source>
        <extracomment>Figures this view has saved (or cleared: None) whose change is not back yet, by slot: a second edit of a cell builds on the first.</extracomment>
        <translation>Переміщення</translation>
    </message>
    <message>
        <source>Add movement…</source>
        <translation>Додати переміщення…</translation>
    </message>
    <message>
        <source>Type a count; ~ approximate, &gt;= at least, &lt;= at most; Delete clears.</source>
        <translation>Введіть кількість; ~ — приблизно, &gt;= — щонайменше, &lt;= — щонайбільше; Delete очищує.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показники</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <source>URL or reference</source>
        <translation>URL-адреса або посилання</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Зберегти примітку</translation>
    </message>
    <message>
        <source>Of which, part of</source>
        <translation>З них, частина переміщення</translation>
    </message>
    <message>
        <source>If the source counts these people within another movement&apos;s total (&quot;of which&quot;), choose it: totals then count them once.</source>
        <translation>Якщо джерело враховує цих людей у загальній кількості іншого переміщення («з них»), виберіть його: тоді підсумки враховують їх один раз.</translation>
    </message>
    <message>
        <source>Selected figure</source>
        <translation>Вибраний показник</translation>
    </message>
    <message>
        <source>&amp;Movement</source>
        <translation>&amp;Переміщення</translation>
    </message>
    <message>
        <source>No cell selected.</source>
        <translation>Клітинку не вибрано.</translation>
    </message>
    <message>
        <source>Entered by %1, %2 UTC</source>
        <translation>Внесено: %1, %2 UTC</translation>
    </message>
    <message>
        <source>Entered by %1</source>
        <translation>Внесено: %1</translation>
    </message>
    <message>
        <source>Edit citation</source>
        <translation>зміну посилання</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>зміну примітки</translation>
    </message>
    <message>
        <source>Not a count</source>
        <translation>Це не кількість</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>очищення: %1</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>встановлення %2 для %1</translation>
    </message>
    <message>
        <source>Clear figures</source>
        <translation>очищення показників</translation>
    </message>
    <message>
        <source>Clear figure</source>
        <translation>очищення показника</translation>
    </message>
    <message>
        <source>— (counted on its own)</source>
        <translation>— (враховується окремо)</translation>
    </message>
    <message>
        <source>Set what it is part of</source>
        <translation>Вказати, частиною чого є</translation>
    </message>
    <message>
        <source>Movement not added</source>
        <translation>Переміщення не додано</translation>
    </message>
    <message>
        <source>People cannot move from a party to itself.</source>
        <translation>Люди не можуть переміщатися від сторони до неї самої.</translation>
    </message>
    <message>
        <source>Figure not saved</source>
        <translation>Показник не збережено</translation>
    </message>
    <message>
        <source>“{text}” is not a count: type a whole number, optionally after ~, &gt;= or &lt;=.</source>
        <translation>«{text}» — не кількість: введіть ціле число, за потреби після ~, &gt;= або &lt;=.</translation>
    </message>
    <message>
        <source>{count} is more than {most}; check the number.</source>
        <translation>{count} — більше ніж {most}; перевірте число.</translation>
    </message>
</context>
<context>
    <name>FirstKeyDialog</name>
    <message>
        <source>Your key</source>
        <translation>Ваш ключ</translation>
    </message>
    <message>
        <source>&lt;p&gt;Exchange Desk records who does what with a personal key, certified with a role (coordinator, supervisor or liaison) by your office&apos;s authority.&lt;/p&gt;&lt;p&gt;&lt;b&gt;In an office:&lt;/b&gt; make a request here, send it to the office authority, then install the certificate it sends back together with the authority&apos;s certificate (&lt;code&gt;exchange-desk keys install&lt;/code&gt;, &lt;code&gt;exchange-desk trust&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Alone:&lt;/b&gt; make an authority of your own on this machine (with its own passphrase) and a supervisor&apos;s key certified by it. Rounds you record are then signed off by a colleague who trusts your authority.&lt;/p&gt;&lt;p&gt;Without a key, the rounds can be read but not changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Exchange Desk записує, хто що зробив, особистим ключем, засвідченим центром сертифікації вашого офісу з роллю (координатор, керівник або зв’язковий).&lt;/p&gt;&lt;p&gt;&lt;b&gt;В офісі:&lt;/b&gt; створіть тут запит, надішліть його центрові сертифікації офісу, а потім установіть сертифікат, який він поверне, разом із сертифікатом центру (&lt;code&gt;exchange-desk keys install&lt;/code&gt;, &lt;code&gt;exchange-desk trust&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Самостійно:&lt;/b&gt; створіть на цьому комп’ютері власний центр сертифікації (з окремою парольною фразою) і засвідчений ним ключ керівника. Записані вами раунди тоді затверджує колега, який довіряє вашому центру.&lt;/p&gt;&lt;p&gt;Без ключа раунди можна читати, але не змінювати.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;ім’я:</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>Ваша &amp;парольна фраза:</translation>
    </message>
    <message>
        <source>Set up &amp;alone</source>
        <translation>&amp;Самостійно</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;Ще раз:</translation>
    </message>
    <message>
        <source>Own a&amp;uthority&apos;s passphrase (alone only):</source>
        <translation>Парольна фраза власного &amp;центру (лише самостійно):</translation>
    </message>
    <message>
        <source>Make a re&amp;quest</source>
        <translation>Створити &amp;запит</translation>
    </message>
    <message>
        <source>&amp;Read only</source>
        <translation>&amp;Лише читання</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Дві парольні фрази різняться.</translation>
    </message>
    <message>
        <source>Save the request for the office authority</source>
        <translation>Зберегти запит для центру сертифікації офісу</translation>
    </message>
    <message>
        <source>Request made</source>
        <translation>Запит створено</translation>
    </message>
    <message>
        <source>Your request is %1. Once the office authority has certified it, install the certificate with `exchange-desk keys install CERT` and start Exchange Desk again.</source>
        <translation>Ваш запит: %1. Коли центр сертифікації офісу його засвідчить, установіть сертифікат командою `exchange-desk keys install CERT` і запустіть Exchange Desk знову.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Exchange Desk Help</source>
        <extracomment>Every page of the guide and its file in each language&apos;s folder, in the order the contents list shows them.</extracomment>
        <translation>Довідка Exchange Desk</translation>
    </message>
    <message>
        <source>Help pages</source>
        <translation>Розділи довідки</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Текст довідки</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When (UTC)</source>
        <translation>Коли (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Зміни</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Історія змін</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Import interchange files</source>
        <translation>Імпорт файлів обміну даними</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>Nothing to import: the database already holds everything in these files.</source>
        <translation>Нічого імпортувати: база даних уже містить усе з цих файлів.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Читання</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new round(s)</source>
        <translation>
            <numerusform>%Ln новий раунд</numerusform>
            <numerusform>%Ln нові раунди</numerusform>
            <numerusform>%Ln нових раундів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated round(s)</source>
        <translation>
            <numerusform>%Ln оновлений раунд</numerusform>
            <numerusform>%Ln оновлені раунди</numerusform>
            <numerusform>%Ln оновлених раундів</numerusform>
        </translation>
    </message>
    <message>
        <source>This import will bring %1.</source>
        <translation>Цей імпорт додасть: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln figure(s) changed both here and in the file since they last met: the later change will hold, and each will stand as a merge conflict for a supervisor to resolve.</source>
        <translation>
            <numerusform>%Ln показник змінено і тут, і у файлі відтоді, як вони востаннє зустрічалися: діятиме пізніша зміна, а кожен такий випадок стане конфліктом злиття, який має врегулювати керівник.</numerusform>
            <numerusform>%Ln показники змінено і тут, і у файлі відтоді, як вони востаннє зустрічалися: діятиме пізніша зміна, а кожен такий випадок стане конфліктом злиття, який має врегулювати керівник.</numerusform>
            <numerusform>%Ln показників змінено і тут, і у файлі відтоді, як вони востаннє зустрічалися: діятиме пізніша зміна, а кожен такий випадок стане конфліктом злиття, який має врегулювати керівник.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import now?</source>
        <translation>Імпортувати зараз?</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нові</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Оновлені</translation>
    </message>
    <message>
        <source>With merge conflicts</source>
        <translation>З конфліктами злиття</translation>
    </message>
    <message>
        <source>Export rounds (interchange file or spreadsheet)</source>
        <translation>Експорт раундів (файл обміну даними або електронна таблиця)</translation>
    </message>
    <message>
        <source>Reading rounds</source>
        <translation>Читання раундів</translation>
    </message>
    <message>
        <source>Writing the file</source>
        <translation>Запис файлу</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Експорт</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln round(s) to %1</source>
        <translation>
            <numerusform>Експортовано %Ln раунд у файл %1</numerusform>
            <numerusform>Експортовано %Ln раунди у файл %1</numerusform>
            <numerusform>Експортовано %Ln раундів у файл %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Seal for: the certificates of the people who may open it</source>
        <translation>Запечатати для: сертифікати людей, які можуть його відкрити</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не експортовано</translation>
    </message>
    <message>
        <source>%1: not a person&apos;s certificate.</source>
        <translation>%1: це не сертифікат особи.</translation>
    </message>
    <message>
        <source>%1: %2&apos;s certificate cannot be sealed for: %3.</source>
        <translation>%1: для сертифіката %2 не можна запечатати: %3.</translation>
    </message>
    <message>
        <source>sealed for %1</source>
        <translation>запечатано для %1</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <translation>Завантаження демонстраційних даних</translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation>Експорт підсумку в PDF</translation>
    </message>
    <message>
        <source>Drawing the summary</source>
        <translation>Складання підсумку</translation>
    </message>
    <message>
        <source>Exporting PDF</source>
        <translation>Експорт у PDF</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Записано %1</translation>
    </message>
    <message>
        <source>Export period report</source>
        <translation>Експорт звіту за період</translation>
    </message>
    <message>
        <source>Adding up the period</source>
        <translation>Підрахунок за період</translation>
    </message>
    <message>
        <source>Cannot sign off</source>
        <translation>Неможливо затвердити</translation>
    </message>
    <message>
        <source>Save the signed summary</source>
        <translation>Збереження підписаного підсумку</translation>
    </message>
    <message>
        <source>Signing off</source>
        <translation>Затвердження</translation>
    </message>
    <message>
        <source>Signed off (amendment %1); the signed summary is %2</source>
        <translation>Затверджено (редакція %1); підписаний підсумок: %2</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Відкрити знову</translation>
    </message>
    <message>
        <source>Why is this signed-off round reopened? (It becomes an amendment.)</source>
        <translation>Чому цей затверджений раунд відкривається знову? (Це буде нова редакція.)</translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation>Не відкрито знову</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>All holds: the database is intact, %1 history entries are chained, and %2 rounds match their sign-offs.</source>
        <translation>Усе гаразд: базу даних не пошкоджено, записів історії змін у ланцюжку: %1, раундів, що відповідають своїм затвердженням: %2.</translation>
    </message>
    <message>
        <source>Damage found</source>
        <translation>Виявлено пошкодження</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Резервне копіювання бази даних</translation>
    </message>
    <message>
        <source>Databases (*.db)</source>
        <translation>Бази даних (*.db)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Створення резервної копії</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервну копію збережено в %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновлення</translation>
    </message>
    <message>
        <source>Replace the database by this backup? The current database is kept as a backup first.</source>
        <translation>Замінити базу даних цією резервною копією? Поточну базу даних спершу буде збережено як резервну копію.</translation>
    </message>
    <message>
        <source>A server database is restored with its own tools.</source>
        <translation>Серверну базу даних відновлюють її власними засобами.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Не відновлено</translation>
    </message>
    <message>
        <source>Restored; the database as it was is kept in %1</source>
        <translation>Відновлено; попередню базу даних збережено в %1</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Шифрування</translation>
    </message>
    <message>
        <source>A server database is protected by the server (TLS, its disks), not from here.</source>
        <translation>Базу даних на сервері захищає сервер (TLS, його диски), а не ця програма.</translation>
    </message>
    <message>
        <source>The database is encrypted already. `exchange-desk change-passphrase` changes its passphrase.</source>
        <translation>База даних уже зашифрована. `exchange-desk change-passphrase` змінює її парольну фразу.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys</source>
        <translation>Ключі</translation>
    </message>
    <message>
        <source>Make a &amp;request…</source>
        <translation>Створити &amp;запит…</translation>
    </message>
    <message>
        <source>&amp;Install a certificate…</source>
        <translation>&amp;Установити сертифікат…</translation>
    </message>
    <message>
        <source>&amp;Trust an authority…</source>
        <translation>&amp;Довіряти центру сертифікації…</translation>
    </message>
    <message>
        <source>Install a re&amp;vocation list…</source>
        <translation>Установити список &amp;відкликаних…</translation>
    </message>
    <message>
        <source>Acting:</source>
        <translation>Діє:</translation>
    </message>
    <message>
        <source>no key unlocked: reading only</source>
        <translation>ключ не розблоковано: лише читання</translation>
    </message>
    <message>
        <source>Keys here:</source>
        <translation>Ключі тут:</translation>
    </message>
    <message>
        <source>certified by %1</source>
        <translation>засвідчено центром %1</translation>
    </message>
    <message>
        <source>waiting for its certificate</source>
        <translation>очікує на сертифікат</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Authorities trusted here:</source>
        <translation>Довірені тут центри сертифікації:</translation>
    </message>
    <message>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>Файли PEM (*.pem);;Усі файли (*)</translation>
    </message>
    <message>
        <source>The certificate the office authority issued</source>
        <translation>Сертифікат, виданий центром сертифікації офісу</translation>
    </message>
    <message>
        <source>Installed the certificate of %1; it acts from the next start.</source>
        <translation>Установлено сертифікат %1; він діятиме з наступного запуску.</translation>
    </message>
    <message>
        <source>The office authority&apos;s certificate</source>
        <translation>Сертифікат центру сертифікації офісу</translation>
    </message>
    <message>
        <source>This installation now trusts %1.</source>
        <translation>Ця інсталяція тепер довіряє %1.</translation>
    </message>
    <message>
        <source>The revocation list the office authority issued</source>
        <translation>Список відкликаних, виданий центром сертифікації офісу</translation>
    </message>
    <message>
        <source>Installed the revocation list (%1 revoked).</source>
        <translation>Установлено список відкликаних (відкликано: %1).</translation>
    </message>
</context>
<context>
    <name>ListedRoundsModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Помилки</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Passphrase</source>
        <extracomment>What counts as use of the application.</extracomment>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Розблокувати</translation>
    </message>
    <message numerus="yes">
        <source>Exchange Desk locked itself after %n minute(s) without use; nothing of the rounds is shown. The database&apos;s passphrase opens it again.</source>
        <translation>
            <numerusform>Exchange Desk заблокувався після %n хвилини без використання; нічого з раундів не показано. Відкриває його знову парольна фраза бази даних.</numerusform>
            <numerusform>Exchange Desk заблокувався після %n хвилин без використання; нічого з раундів не показано. Відкриває його знову парольна фраза бази даних.</numerusform>
            <numerusform>Exchange Desk заблокувався після %n хвилин без використання; нічого з раундів не показано. Відкриває його знову парольна фраза бази даних.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exchange Desk locked itself after %n minute(s) without use; nothing of the rounds is shown. This window reads only (no key is unlocked): Unlock shows them again.</source>
        <translation>
            <numerusform>Exchange Desk заблокувався після %n хвилини без використання; нічого з раундів не показано. Це вікно лише для читання (жоден ключ не розблоковано): «Розблокувати» знову їх покаже.</numerusform>
            <numerusform>Exchange Desk заблокувався після %n хвилин без використання; нічого з раундів не показано. Це вікно лише для читання (жоден ключ не розблоковано): «Розблокувати» знову їх покаже.</numerusform>
            <numerusform>Exchange Desk заблокувався після %n хвилин без використання; нічого з раундів не показано. Це вікно лише для читання (жоден ключ не розблоковано): «Розблокувати» знову їх покаже.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exchange Desk locked itself after %n minute(s) without use; nothing of the rounds is shown. %1&apos;s key passphrase opens it again.</source>
        <translation>
            <numerusform>Exchange Desk заблокувався після %n хвилини без використання; нічого з раундів не показано. Парольна фраза ключа %1 знову його відкриє.</numerusform>
            <numerusform>Exchange Desk заблокувався після %n хвилин без використання; нічого з раундів не показано. Парольна фраза ключа %1 знову його відкриє.</numerusform>
            <numerusform>Exchange Desk заблокувався після %n хвилин без використання; нічого з раундів не показано. Парольна фраза ключа %1 знову його відкриє.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not the database&apos;s passphrase.</source>
        <translation>Це не парольна фраза бази даних.</translation>
    </message>
    <message>
        <source>That is not the key of %1.</source>
        <translation>Це не ключ %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Exchange Desk</source>
        <translation>Exchange Desk</translation>
    </message>
    <message>
        <source>Open discrepancies in all rounds</source>
        <translation>Відкриті розбіжності в усіх раундах</translation>
    </message>
    <message>
        <source>Working as %1 · %2</source>
        <translation>Користувач: %1 · %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Новий раунд…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Імпорт…</translation>
    </message>
    <message>
        <source>&amp;Export all…</source>
        <translation>&amp;Експорт усього…</translation>
    </message>
    <message>
        <source>Export &amp;selected round…</source>
        <translation>Експорт &amp;вибраного раунду…</translation>
    </message>
    <message>
        <source>Export all, sea&amp;led for…</source>
        <translation>Експортувати все, за&amp;печатавши для…</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Завантажити &amp;демонстраційні дані</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>&amp;Find rounds</source>
        <translation>&amp;Знайти раунди</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Раунд</translation>
    </message>
    <message>
        <source>&amp;Submit for review</source>
        <translation>&amp;Подати на перевірку</translation>
    </message>
    <message>
        <source>Return to &amp;draft…</source>
        <translation>Повернути в &amp;чернетку…</translation>
    </message>
    <message>
        <source>&amp;Resolve selected discrepancy…</source>
        <translation>Вре&amp;гулювати вибрану розбіжність…</translation>
    </message>
    <message>
        <source>Sign &amp;off…</source>
        <translation>За&amp;твердити…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>Відкрити з&amp;нову…</translation>
    </message>
    <message>
        <source>Export &amp;PDF summary…</source>
        <translation>Експорт під&amp;сумку в PDF…</translation>
    </message>
    <message>
        <source>Export period &amp;report…</source>
        <translation>Експорт звіту за пері&amp;од…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Відо&amp;мості</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>По&amp;казники</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Пер&amp;евірка</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Історія &amp;змін</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Огляд</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Інструменти</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>&amp;Перевірити базу даних</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Створити &amp;резервну копію…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Відновити з резервної копії…</translation>
    </message>
    <message>
        <source>&amp;Encrypt the database…</source>
        <translation>&amp;Зашифрувати базу даних…</translation>
    </message>
    <message>
        <source>Likely &amp;duplicate rounds…</source>
        <translation>Ймовірні &amp;дублікати раундів…</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>&amp;Ключі…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Guide to this screen</source>
        <translation>&amp;Довідка до цього екрана</translation>
    </message>
    <message>
        <source>&amp;About Exchange Desk</source>
        <translation>&amp;Про Exchange Desk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no key unlocked: reading only</source>
        <translation>ключ не розблоковано: лише читання</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Налаштування збережено.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <source>A question open when the window locked was closed unanswered, as if cancelled; ask again.</source>
        <translation>Питання, відкрите, коли вікно заблокувалося, закрито без відповіді, ніби скасовано; спитайте знову.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Select a round first.</source>
        <translation>Спершу виберіть раунд.</translation>
    </message>
    <message>
        <source>About Exchange Desk</source>
        <translation>Про Exchange Desk</translation>
    </message>
    <message>
        <source>Exchange Desk %1
Records prisoner-exchange rounds and where the sources&apos; figures disagree.</source>
        <translation>Exchange Desk %1
Записує раунди обміну полоненими та місця, де показники джерел розходяться.</translation>
    </message>
    <message>
        <source>Still working</source>
        <translation>Роботу ще не завершено</translation>
    </message>
    <message>
        <source>An import or export is still running; wait for it to finish.</source>
        <translation>Імпорт або експорт ще триває; зачекайте, доки він завершиться.</translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message>
        <source>Other parties</source>
        <extracomment>Colours for the receiving parties, most people first (Tableau 10, which stays distinguishable for most colour-blind readers); grey is kept for the parties beyond them, counted together.</extracomment>
        <translation>Інші сторони</translation>
    </message>
    <message>
        <source>People returned per month</source>
        <translation>Повернуті люди за місяцями</translation>
    </message>
    <message>
        <source>Sources disagree: up to the highest count</source>
        <translation>Джерела розходяться: до найбільшого числа</translation>
    </message>
    <message>
        <source>No rounds in this period</source>
        <translation>У цьому періоді раундів немає</translation>
    </message>
    <message>
        <source>No rounds</source>
        <translation>Раундів немає</translation>
    </message>
    <message numerus="yes">
        <source>%Ln round(s)</source>
        <translation>
            <numerusform>%Ln раунд</numerusform>
            <numerusform>%Ln раунди</numerusform>
            <numerusform>%Ln раундів</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the sources disagree, the bar shows the lower count.</source>
        <translation>Де джерела розходяться, стовпчик показує менше число.</translation>
    </message>
    <message>
        <source>Click to open the newest round of the month.</source>
        <translation>Клацніть, щоб відкрити найновіший раунд місяця.</translation>
    </message>
</context>
<context>
    <name>NameListEditor</name>
    <message>
        <source>Add to %1</source>
        <translation>Додати до списку «%1»</translation>
    </message>
    <message>
        <source>Name…</source>
        <translation>Назва…</translation>
    </message>
    <message>
        <source>Add the name typed or picked</source>
        <translation>Додати введену або вибрану назву</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Remove the selected name</source>
        <translation>Вилучити вибрану назву</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>The database&apos;s passphrase</source>
        <translation>Парольна фраза бази даних</translation>
    </message>
    <message>
        <source>Without this passphrase nobody can read the database or its backups — not the office, not Exchange Desk. Keep it somewhere safe, apart from this laptop.</source>
        <translation>Без цієї парольної фрази ніхто не прочитає базу даних чи її резервні копії — ні офіс, ні Exchange Desk. Зберігайте її в надійному місці, окремо від цього ноутбука.</translation>
    </message>
    <message>
        <source>Keep it in %1, so that this account opens the database without asking</source>
        <translation>Зберегти її в %1, щоб цей обліковий запис відкривав базу даних без запиту</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольна фраза:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ще раз:</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Дві парольні фрази різні; введіть ту саму двічі.</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <source>New round</source>
        <translation>Новий раунд</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>Side &amp;A</source>
        <translation>Сторона &amp;А</translation>
    </message>
    <message>
        <source>Side &amp;B</source>
        <translation>Сторона &amp;Б</translation>
    </message>
    <message>
        <source>Round not created</source>
        <translation>Раунд не створено</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>People returned per month, by receiving party</source>
        <translation>Повернуті люди за місяцями, за стороною, що прийняла</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Від дати</translation>
    </message>
    <message>
        <source>Rounds on or after this date</source>
        <translation>Раунди від цієї дати включно</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>До дати</translation>
    </message>
    <message>
        <source>Rounds on or before this date</source>
        <translation>Раунди до цієї дати включно</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Очікують перевірки</translation>
    </message>
    <message>
        <source>Rounds with open errors</source>
        <translation>Раунди з відкритими помилками</translation>
    </message>
    <message numerus="yes">
        <source>%Ln round(s) · people returned: %1</source>
        <translation>
            <numerusform>%Ln раунд · повернуто людей: %1</numerusform>
            <numerusform>%Ln раунди · повернуто людей: %1</numerusform>
            <numerusform>%Ln раундів · повернуто людей: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Awaiting review: %1</source>
        <translation>&amp;Очікують перевірки: %1</translation>
    </message>
    <message>
        <source>Rounds &amp;with open errors: %1</source>
        <translation>Раунди з &amp;відкритими помилками: %1</translation>
    </message>
    <message>
        <source>%1 (the newest %2 shown)</source>
        <translation>%1 (показано найновіші %2)</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve discrepancy</source>
        <translation>Врегулювання розбіжності</translation>
    </message>
    <message>
        <source>Accepted value</source>
        <translation>Прийняте значення</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Why this value is accepted (required)</source>
        <translation>Чому прийнято це значення (обов&apos;язково)</translation>
    </message>
    <message>
        <source>Say why this value is accepted: a supervisor&apos;s decision needs a note.</source>
        <translation>Поясніть, чому прийнято це значення: рішення керівника потребує примітки.</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>&amp;Accepted value</source>
        <translation>Прийняте &amp;значення</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Примітка</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Discrepancies</source>
        <translation>Розбіжності</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Врегулювати…</translation>
    </message>
    <message>
        <source>Accept a value for the selected discrepancy, with a note</source>
        <translation>Прийняти значення для вибраної розбіжності з приміткою</translation>
    </message>
    <message>
        <source>Show in figures</source>
        <translation>Перейти до показників</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open across all rounds</source>
        <translation>
            <numerusform>%Ln відкрита розбіжність в усіх раундах</numerusform>
            <numerusform>%Ln відкриті розбіжності в усіх раундах</numerusform>
            <numerusform>%Ln відкритих розбіжностей в усіх раундах</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve “%1” (%2)</source>
        <translation>Врегулювати «%1» (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln discrepancy(ies)</source>
        <translation>
            <numerusform>%Ln розбіжність</numerusform>
            <numerusform>%Ln розбіжності</numerusform>
            <numerusform>%Ln розбіжностей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln відкрита</numerusform>
            <numerusform>%Ln відкриті</numerusform>
            <numerusform>%Ln відкритих</numerusform>
        </translation>
    </message>
    <message>
        <source>Not resolved</source>
        <extracomment>The stack it is pushed on (set by `RoundUndo.push`).</extracomment>
        <translation>Не врегульовано</translation>
    </message>
</context>
<context>
    <name>RoundEditor</name>
    <message>
        <source>Title</source>
        <extracomment>This view&apos;s own saves not yet back from the database, by field.</extracomment>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операція</translation>
    </message>
    <message>
        <source>none: the round stands alone</source>
        <translation>немає: раунд окремий</translation>
    </message>
    <message>
        <source>Rounds that carry out one agreement over several days (1,000 for 1,000 in three stages) share the operation&apos;s name; what was agreed for the whole operation is held against all of them.</source>
        <translation>Раунди, що виконують одну домовленість протягом кількох днів (1000 на 1000 у три етапи), мають спільну назву операції; домовлене для всієї операції порівнюється з усіма ними разом.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source>Third parties</source>
        <translation>Треті сторони</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Посередники</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>Міс&amp;це</translation>
    </message>
    <message>
        <source>O&amp;peration</source>
        <translation>О&amp;перація</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Примітки</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Third parties (held people)</source>
        <translation>Треті сторони (утримували людей)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Speaks for</source>
        <translation>Представляє</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Повідомляє</translation>
    </message>
    <message>
        <source>Handed over: the source says how many were moved. Agreed or announced: a number promised or announced beforehand, checked against what was handed over and counted in no total.</source>
        <translation>Передано: джерело каже, скількох людей переміщено. Домовлено чи оголошено: число, обіцяне чи оголошене заздалегідь; його порівнюють із переданим і не враховують у жодному підсумку.</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Додати джерело</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Вилучити джерело</translation>
    </message>
    <message>
        <source>Category sets</source>
        <translation>Набори категорій</translation>
    </message>
    <message>
        <source>Category set</source>
        <translation>Набір категорій</translation>
    </message>
    <message>
        <source>Exhaustive</source>
        <translation>Вичерпний</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категорії</translation>
    </message>
    <message>
        <source>Categories are separated by commas; tick Exhaustive when they must add up to the total.</source>
        <translation>Категорії розділяються комами; позначте «Вичерпний», якщо в сумі вони мають давати загальну кількість.</translation>
    </message>
    <message>
        <source>Add category set</source>
        <translation>Додати набір категорій</translation>
    </message>
    <message>
        <source>Remove category set</source>
        <translation>Вилучити набір категорій</translation>
    </message>
    <message>
        <source>Category sets in use</source>
        <translation>Набори категорій у раунді</translation>
    </message>
    <message>
        <source>Figures for several movements together</source>
        <translation>Показники для кількох переміщень разом</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>For the movements together</source>
        <translation>Для переміщень разом</translation>
    </message>
    <message>
        <source>A number a source gives for several movements at once (both directions: &quot;nearly 500 released on both sides&quot;; several kinds). It is held against the sum of those movements&apos; totals and counted in none.</source>
        <translation>Число, яке джерело подає для кількох переміщень одразу (обидва напрямки: «майже 500 звільнено з обох боків»; кілька видів). Його порівнюють із сумою підсумків цих переміщень і не враховують у жодному підсумку.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <source>Add a figure for several movements together</source>
        <translation>Додати показник для кількох переміщень разом</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Remove the selected figure for several movements</source>
        <translation>Вилучити вибраний показник для кількох переміщень</translation>
    </message>
    <message>
        <source>independent</source>
        <translation>незалежне</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>Affiliation of %1</source>
        <translation>Кого представляє %1</translation>
    </message>
    <message>
        <source>What %1 reports</source>
        <translation>Що повідомляє %1</translation>
    </message>
    <message>
        <source>Round not changed</source>
        <translation>Раунд не змінено</translation>
    </message>
    <message>
        <source>A figure for several movements together needs its source and two movements or more; nothing was added.</source>
        <translation>Показник для кількох переміщень разом потребує джерела та двох або більше переміщень; нічого не додано.</translation>
    </message>
    <message>
        <source>This round was changed elsewhere in the meantime; it has been reloaded, and nothing was overwritten.</source>
        <translation>Тим часом цей раунд змінили в іншому місці; його перезавантажено, нічого не перезаписано.</translation>
    </message>
    <message>
        <source>Who reported figures (e.g. Coordination Headquarters):</source>
        <translation>Хто повідомив показники (наприклад, Координаційний штаб):</translation>
    </message>
    <message>
        <source>Name of the set (e.g. Place of capture):</source>
        <translation>Назва набору (наприклад, Місце полонення):</translation>
    </message>
</context>
<context>
    <name>RoundPanel</name>
    <message>
        <source>Submit for review</source>
        <translation>Подати на перевірку</translation>
    </message>
    <message>
        <source>Return to draft…</source>
        <translation>Повернути в чернетку…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Експорт у PDF…</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>Затвердити…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Відкрити знову…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Відо&amp;мості</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>По&amp;казники</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Пер&amp;евірка</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Історія &amp;змін</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Відкривається…</translation>
    </message>
    <message>
        <source>No round selected</source>
        <translation>Раунд не вибрано</translation>
    </message>
    <message>
        <source>{status} (read-only)</source>
        <translation>{status} (лише перегляд)</translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation>Повернення в чернетку</translation>
    </message>
    <message>
        <source>Why does this round go back to draft?</source>
        <translation>Чому цей раунд повертається в чернетку?</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Стан не змінено</translation>
    </message>
</context>
<context>
    <name>RoundsTableModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкриті</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln помилка</numerusform>
            <numerusform>%Ln помилки</numerusform>
            <numerusform>%Ln помилок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln попередження</numerusform>
            <numerusform>%Ln попередження</numerusform>
            <numerusform>%Ln попереджень</numerusform>
        </translation>
    </message>
    <message>
        <source>No open discrepancies</source>
        <extracomment>`load(query, offset, limit, done)`: read a page, then `done(total, rows)` (the total only for the first page), now or later (on the GUI thread). A reading of the first page is on its way.</extracomment>
        <translation>Відкритих розбіжностей немає</translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <source>Filter by title, party, mediator or source (Ctrl+F)</source>
        <translation>Фільтр за назвою, стороною, посередником або джерелом (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter rounds</source>
        <translation>Фільтр раундів</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Від дати</translation>
    </message>
    <message>
        <source>Rounds on or after this date</source>
        <translation>Раунди від цієї дати включно</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>До дати</translation>
    </message>
    <message>
        <source>Rounds on or before this date</source>
        <translation>Раунди до цієї дати включно</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Будь-який стан</translation>
    </message>
    <message>
        <source>Open errors</source>
        <translation>Відкриті помилки</translation>
    </message>
    <message>
        <source>Only rounds with open error-level discrepancies</source>
        <translation>Лише раунди з відкритими розбіжностями рівня «помилка»</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Раунди</translation>
    </message>
    <message numerus="yes">
        <source>%Ln round(s)</source>
        <translation>
            <numerusform>%Ln раунд</numerusform>
            <numerusform>%Ln раунди</numerusform>
            <numerusform>%Ln раундів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>The language applies when Exchange Desk is next started.</source>
        <translation>Мову буде застосовано під час наступного запуску Exchange Desk.</translation>
    </message>
    <message>
        <source>The %1 environment variable is set; it overrides this choice.</source>
        <translation>Задано змінну середовища %1; вона має перевагу над цим вибором.</translation>
    </message>
    <message>
        <source>The %1 environment variable, if set, overrides it.</source>
        <translation>Змінна середовища %1, якщо її задано, має перевагу.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>After this long without use the window hides every round and asks for the database&apos;s passphrase again.</source>
        <translation>Після такого часу без використання вікно ховає всі раунди й знову питає парольну фразу бази даних.</translation>
    </message>
    <message>
        <source>Offer to encrypt an unencrypted database at start</source>
        <translation>Пропонувати зашифрувати незашифровану базу даних під час запуску</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>Lock &amp;after</source>
        <translation>Блокувати &amp;через</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Налаштування не збережено</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock your key</source>
        <translation>Розблокуйте свій ключ</translation>
    </message>
    <message>
        <source>Everything you record or sign is sealed with your personal key.</source>
        <translation>Усе, що ви записуєте чи підписуєте, скріплюється вашим особистим ключем.</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Хто:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольна фраза:</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Лише читання</translation>
    </message>
</context>
<context>
    <name>actor</name>
    <message>
        <source>{where}: the user name contains an invisible or control character.</source>
        <translation>{where}: ім&apos;я користувача містить невидимий або керівний символ.</translation>
    </message>
    <message>
        <source>{where}: the user name is {length} characters long; at most {maximum} are allowed.</source>
        <translation>{where}: ім&apos;я користувача задовге (символів: {length}); дозволено щонайбільше {maximum}.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong inside Exchange Desk ({0}). Everything saved before this stays saved. Details are in {1}.</source>
        <translation>Усередині Exchange Desk сталася помилка ({0}). Усе, що було збережено до цього, лишається збереженим. Подробиці — у {1}.</translation>
    </message>
    <message>
        <source>Restore a backup now? The current file is kept among the backups.</source>
        <translation>Відновити резервну копію зараз? Поточний файл буде збережено серед резервних копій.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Виберіть резервну копію</translation>
    </message>
    <message>
        <source>The database and its backups are encrypted. Their passphrase:</source>
        <translation>База даних і її резервні копії зашифровані. Їхня парольна фраза:</translation>
    </message>
    <message>
        <source>Exchange Desk keeps its rounds in a new database, %1, encrypted with a passphrase you choose now: whoever holds this laptop without it reads nothing of them.</source>
        <translation>Exchange Desk зберігає раунди в новій базі даних, %1, зашифрованій парольною фразою, яку ви оберете зараз: хто тримає цей ноутбук без неї, нічого з них не прочитає.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Its passphrase:</source>
        <translation>База даних %1 зашифрована. Її парольна фраза:</translation>
    </message>
    <message>
        <source>The system keychain did not keep the passphrase; it will be asked for at each start.</source>
        <translation>Системне сховище ключів не зберегло парольну фразу; її питатимуть при кожному запуску.</translation>
    </message>
    <message>
        <source>The database %1 is not encrypted: whoever holds this laptop can read every round, source and note in it, and in its backups. Encrypt it now? The plain file is overwritten once the encrypted copy holds every row.</source>
        <translation>База даних %1 не зашифрована: хто тримає цей ноутбук, може прочитати кожен раунд, джерело й примітку в ній та в її резервних копіях. Зашифрувати її зараз? Незашифрований файл буде перезаписано, щойно зашифрована копія міститиме кожен рядок.</translation>
    </message>
    <message>
        <source>The database %1 will be encrypted with the passphrase you choose now.</source>
        <translation>Базу даних %1 буде зашифровано парольною фразою, яку ви оберете зараз.</translation>
    </message>
    <message numerus="yes">
        <source>The database and %n of its backup(s) are encrypted. The plain files are gone (their bytes overwritten; a disk that keeps old copies of blocks, such as an SSD, may still hold some). Keep the passphrase: without it nothing in the database or its backups can be read.</source>
        <translation>
            <numerusform>Базу даних і %n її резервну копію зашифровано. Незашифрованих файлів більше немає (їхні байти перезаписано; диск, що зберігає старі копії блоків, як-от SSD, може ще містити частину). Збережіть парольну фразу: без неї нічого в базі даних чи її резервних копіях не прочитати.</numerusform>
            <numerusform>Базу даних і %n її резервні копії зашифровано. Незашифрованих файлів більше немає (їхні байти перезаписано; диск, що зберігає старі копії блоків, як-от SSD, може ще містити частину). Збережіть парольну фразу: без неї нічого в базі даних чи її резервних копіях не прочитати.</numerusform>
            <numerusform>Базу даних і %n її резервних копій зашифровано. Незашифрованих файлів більше немає (їхні байти перезаписано; диск, що зберігає старі копії блоків, як-от SSD, може ще містити частину). Збережіть парольну фразу: без неї нічого в базі даних чи її резервних копіях не прочитати.</numerusform>
        </translation>
    </message>
    <message>
        <source>These could not be encrypted and can still be read; move them somewhere safe, or delete them: %1</source>
        <translation>Ці файли не вдалося зашифрувати, і їх досі можна прочитати; перенесіть їх у надійне місце або видаліть: %1</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Відкриття бази даних…</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>The strings argparse shows a user (its programming errors are left out).</extracomment>
        <translation>використання: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиційні аргументи</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметри</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показати цю довідку й вийти</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>показати версію програми й вийти</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>нерозпізнані аргументи: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>не можна разом з аргументом %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>проігноровано явно заданий аргумент %r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>потрібні такі аргументи: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>потрібен один з аргументів %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>очікується один аргумент</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>очікується щонайбільше один аргумент</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>очікується щонайменше один аргумент</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначний параметр: %(option)s може означати %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>неочікуваний параметр: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>неприпустиме значення %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>неприпустимий вибір: %(value)r (виберіть з %(choices)s)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: помилка: %(message)s
</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>невідома команда %(parser_name)r (можливі: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>не вдається відкрити &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{text!r} is not a date written YYYY-MM-DD</source>
        <translation>{text!r} — не дата у форматі РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>--from {start} is after --to {end}.</source>
        <translation>--from {start} пізніше за --to {end}.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo round(s) to {database}.</source>
        <translation>
            <numerusform>Додано %n демонстраційний раунд до {database}.</numerusform>
            <numerusform>Додано %n демонстраційні раунди до {database}.</numerusform>
            <numerusform>Додано %n демонстраційних раундів до {database}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo rounds are already here; nothing added.</source>
        <translation>Демонстраційні раунди вже є; нічого не додано.</translation>
    </message>
    <message>
        <source>-: standard input can be named only once.</source>
        <translation>-: стандартний ввід можна вказати лише один раз.</translation>
    </message>
    <message>
        <source>{name}: named twice on the command line.</source>
        <translation>{name}: вказано двічі в командному рядку.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новий</translation>
    </message>
    <message>
        <source>Nothing was imported (--dry-run).</source>
        <translation>Нічого не імпортовано (--dry-run).</translation>
    </message>
    <message>
        <source>Passphrase for the database {path}: </source>
        <extracomment>The database&apos;s passphrase when a command has it already (asked once).</extracomment>
        <translation>Парольна фраза бази даних {path}: </translation>
    </message>
    <message>
        <source>There is no database at {path} yet. It will be encrypted: without its passphrase nobody can read it or its backups, so keep the passphrase safe.</source>
        <translation>Бази даних у {path} ще немає. Її буде зашифровано: без парольної фрази ніхто не прочитає ні її, ні її резервні копії, тож збережіть парольну фразу надійно.</translation>
    </message>
    <message>
        <source>Passphrase for the new database: </source>
        <translation>Парольна фраза нової бази даних: </translation>
    </message>
    <message>
        <source>--name: no round is a stage of an operation named {name!r}.</source>
        <translation>--name: жоден раунд не є етапом операції з назвою {name!r}.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>змінено</translation>
    </message>
    <message>
        <source>merge conflicts</source>
        <translation>конфлікти злиття</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n round(s) to {file}.</source>
        <translation>
            <numerusform>Експортовано %n раунд у {file}.</numerusform>
            <numerusform>Експортовано %n раунди у {file}.</numerusform>
            <numerusform>Експортовано %n раундів у {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealed for {names}: only their keys open it.</source>
        <translation>Запечатано для {names}: відкрити можуть лише їхні ключі.</translation>
    </message>
    <message>
        <source>--to: two dates ({first} and {second}); give one.</source>
        <translation>--to: дві дати ({first} і {second}); вкажіть одну.</translation>
    </message>
    <message>
        <source>--to {file}: cannot read it ({reason}).</source>
        <translation>--to {file}: не вдається прочитати ({reason}).</translation>
    </message>
    <message>
        <source>--to {file}: not a person&apos;s certificate ({reason}).</source>
        <translation>--to {file}: це не сертифікат особи ({reason}).</translation>
    </message>
    <message>
        <source>--to {file}: {name}&apos;s certificate cannot be sealed for: {reason}.</source>
        <translation>--to {file}: для сертифіката {name} не можна запечатати: {reason}.</translation>
    </message>
    <message>
        <source>the database: a file path or an SQLAlchemy URL (default: $EXCHANGE_DESK_DB, else exchange-desk.db in the user data folder)</source>
        <translation>база даних: шлях до файлу або URL SQLAlchemy (типово: $EXCHANGE_DESK_DB, інакше exchange-desk.db у теці даних користувача)</translation>
    </message>
    <message>
        <source>Exchange Desk: record prisoner-exchange rounds, compare the sources&apos; figures, and move rounds between laptops in interchange files. Without a command, the desktop application opens.</source>
        <translation>Exchange Desk: облік раундів обміну полоненими, порівняння показників джерел і перенесення раундів між ноутбуками у файлах обміну даними. Без команди відкривається настільний застосунок.</translation>
    </message>
    <message>
        <source>add the demo rounds (running it again adds nothing)</source>
        <translation>додати демонстраційні раунди (повторний запуск нічого не додає)</translation>
    </message>
    <message>
        <source>print JSON for programs</source>
        <translation>вивести JSON для програм</translation>
    </message>
    <message>
        <source>list the rounds, by date</source>
        <translation>перелічити раунди за датою</translation>
    </message>
    <message>
        <source>from this date (YYYY-MM-DD)</source>
        <translation>від цієї дати (РРРР-ММ-ДД)</translation>
    </message>
    <message>
        <source>up to this date (YYYY-MM-DD)</source>
        <translation>до цієї дати (РРРР-ММ-ДД)</translation>
    </message>
    <message>
        <source>show one round: parties, sources, figures by movement, discrepancies</source>
        <translation>показати раунд: сторони, джерела, показники за переміщеннями, розбіжності</translation>
    </message>
    <message>
        <source>the round&apos;s id or a unique prefix of it</source>
        <translation>ідентифікатор раунду або його унікальний початок</translation>
    </message>
    <message>
        <source>list where the sources&apos; figures disagree</source>
        <translation>перелічити, де показники джерел розходяться</translation>
    </message>
    <message>
        <source>only this round (id or unique prefix)</source>
        <translation>лише цей раунд (ідентифікатор або його унікальний початок)</translation>
    </message>
    <message>
        <source>list operations (rounds carrying out one agreement): what was agreed against what was handed over</source>
        <translation>перелік операцій (раундів, що виконують одну домовленість): домовлене проти переданого</translation>
    </message>
    <message>
        <source>only this operation</source>
        <translation>лише ця операція</translation>
    </message>
    <message>
        <source>import interchange files: every round of every file, or nothing</source>
        <translation>імпортувати файли обміну даними: усі раунди всіх файлів або нічого</translation>
    </message>
    <message>
        <source>interchange files (exchange-desk/1 to /5), or spreadsheets (.xlsx, .csv); &apos;-&apos; reads standard input</source>
        <translation>файли обміну (exchange-desk/1–/5) або таблиці (.xlsx, .csv); &apos;-&apos; читає стандартний вхід</translation>
    </message>
    <message>
        <source>say what the import would change, and change nothing</source>
        <translation>показати, що змінив би імпорт, нічого не змінюючи</translation>
    </message>
    <message>
        <source>export rounds to an interchange file</source>
        <translation>експортувати раунди у файл обміну даними</translation>
    </message>
    <message>
        <source>the file to write (&apos;-&apos; writes standard output)</source>
        <translation>файл для запису (&apos;-&apos; пише у стандартний вивід)</translation>
    </message>
    <message>
        <source>json: an interchange file (the default); xlsx or csv: a spreadsheet, one row per figure (also chosen by OUT&apos;s name)</source>
        <translation>json: файл обміну даними (типово); xlsx або csv: електронна таблиця, рядок на кожен показник (також за назвою OUT)</translation>
    </message>
    <message>
        <source>only these rounds (ids or unique prefixes)</source>
        <translation>лише ці раунди (ідентифікатори або їхні унікальні початки)</translation>
    </message>
    <message>
        <source>rounds from this date</source>
        <translation>раунди від цієї дати</translation>
    </message>
    <message>
        <source>rounds up to this date (YYYY-MM-DD); or a person&apos;s certificate file: the file is signed with your key and sealed so that only their key opens it (repeat for several people)</source>
        <translation>раунди до цієї дати (YYYY-MM-DD); або файл сертифіката особи: файл підписується вашим ключем і запечатується так, що відкрити його може лише її ключ (повторіть для кількох людей)</translation>
    </message>
    <message>
        <source>{variable}: {value!r} is not a language Exchange Desk speaks; use one of: {choices}.</source>
        <translation>{variable}: Exchange Desk не знає мови {value!r}; використайте одну з таких: {choices}.</translation>
    </message>
    <message>
        <source>Interrupted; nothing of the unfinished action was written.</source>
        <translation>Перервано; з незавершеної дії нічого не записано.</translation>
    </message>
    <message>
        <source>Internal error ({error}); details are in {file}. Nothing of the unfinished action was written.</source>
        <translation>Внутрішня помилка ({error}); подробиці у {file}. З незавершеної дії нічого не записано.</translation>
    </message>
    <message>
        <source>Internal error ({error}). Nothing of the unfinished action was written.</source>
        <translation>Внутрішня помилка ({error}). З незавершеної дії нічого не записано.</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>примітка: {note}</translation>
    </message>
    <message numerus="yes">
        <source>%n history entries chained</source>
        <translation>
            <numerusform>%n запис історії змін у ланцюжку</numerusform>
            <numerusform>%n записи історії змін у ланцюжку</numerusform>
            <numerusform>%n записів історії змін у ланцюжку</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) checked against their sign-offs</source>
        <translation>
            <numerusform>%n раунд звірено з його затвердженнями</numerusform>
            <numerusform>%n раунди звірено з їхніми затвердженнями</numerusform>
            <numerusform>%n раундів звірено з їхніми затвердженнями</numerusform>
        </translation>
    </message>
    <message>
        <source>All holds: {database} is intact; {entries}; {rounds}.</source>
        <translation>Усе гаразд: база даних {database} неушкоджена; {entries}; {rounds}.</translation>
    </message>
    <message>
        <source>damage: {problem}</source>
        <translation>пошкодження: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in {database}; restore a backup (`exchange-desk restore FILE`).</source>
        <translation>
            <numerusform>У {database} знайдено %n проблему; відновіть резервну копію (`exchange-desk restore FILE`).</numerusform>
            <numerusform>У {database} знайдено %n проблеми; відновіть резервну копію (`exchange-desk restore FILE`).</numerusform>
            <numerusform>У {database} знайдено %n проблем; відновіть резервну копію (`exchange-desk restore FILE`).</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up {database} to {file}.</source>
        <translation>Резервну копію {database} записано у {file}.</translation>
    </message>
    <message>
        <source>encrypt: a server database is protected by the server (TLS, its disks).</source>
        <translation>encrypt: базу даних на сервері захищає сервер (TLS, його диски).</translation>
    </message>
    <message>
        <source>New passphrase for the database {path}: </source>
        <translation>Нова парольна фраза бази даних {path}: </translation>
    </message>
    <message numerus="yes">
        <source>Encrypting {path} and the %n unencrypted backup(s) Exchange Desk keeps: each plain file will be overwritten with zeros and removed once its encrypted copy holds every row.</source>
        <translation>
            <numerusform>Шифрування {path} і %n незашифрованої резервної копії, яку зберігає Exchange Desk: кожен незашифрований файл буде перезаписано нулями й вилучено, щойно його зашифрована копія міститиме кожен рядок.</numerusform>
            <numerusform>Шифрування {path} і %n незашифрованих резервних копій, які зберігає Exchange Desk: кожен незашифрований файл буде перезаписано нулями й вилучено, щойно його зашифрована копія міститиме кожен рядок.</numerusform>
            <numerusform>Шифрування {path} і %n незашифрованих резервних копій, які зберігає Exchange Desk: кожен незашифрований файл буде перезаписано нулями й вилучено, щойно його зашифрована копія міститиме кожен рядок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encrypted {path} and %n backup(s). The plain files are gone (their bytes overwritten; a disk that keeps old copies of blocks, such as an SSD, may still hold some). Keep the passphrase: without it nothing in the database or its backups can be read.</source>
        <translation>
            <numerusform>Зашифровано {path} і %n резервну копію. Незашифрованих файлів більше немає (їхні байти перезаписано; диск, що зберігає старі копії блоків, як-от SSD, може ще містити частину). Збережіть парольну фразу: без неї нічого в базі даних чи її резервних копіях не прочитати.</numerusform>
            <numerusform>Зашифровано {path} і %n резервні копії. Незашифрованих файлів більше немає (їхні байти перезаписано; диск, що зберігає старі копії блоків, як-от SSD, може ще містити частину). Збережіть парольну фразу: без неї нічого в базі даних чи її резервних копіях не прочитати.</numerusform>
            <numerusform>Зашифровано {path} і %n резервних копій. Незашифрованих файлів більше немає (їхні байти перезаписано; диск, що зберігає старі копії блоків, як-от SSD, може ще містити частину). Збережіть парольну фразу: без неї нічого в базі даних чи її резервних копіях не прочитати.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed PDF(s) kept beside the database removed the same way: the database holds them (`exchange-desk report ROUND --signed -o FILE` writes one).</source>
        <translation>
            <numerusform>%n підписаний PDF, що зберігався поруч із базою даних, вилучено так само: база даних містить його (`exchange-desk report ROUND --signed -o FILE` записує його).</numerusform>
            <numerusform>%n підписані PDF, що зберігалися поруч із базою даних, вилучено так само: база даних містить їх (`exchange-desk report ROUND --signed -o FILE` записує кожен).</numerusform>
            <numerusform>%n підписаних PDF, що зберігалися поруч із базою даних, вилучено так само: база даних містить їх (`exchange-desk report ROUND --signed -o FILE` записує кожен).</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} could not be encrypted (it may be damaged) and can still be read: delete it.</source>
        <translation>{file} не вдалося зашифрувати (можливо, він пошкоджений), і його досі можна прочитати: видаліть його.</translation>
    </message>
    <message>
        <source>{file} is a signed PDF the database does not hold (an earlier release kept it only there) and can still be read: move it somewhere safe, or delete it.</source>
        <translation>{file} — підписаний PDF, якого немає в базі даних (попередній випуск зберігав його лише там), і його досі можна прочитати: перенесіть його в надійне місце або видаліть.</translation>
    </message>
    <message>
        <source>Backups made elsewhere with `exchange-desk backup` stay as they were: encrypt each with `exchange-desk --db FILE encrypt`, or delete them.</source>
        <translation>Резервні копії, зроблені деінде командою `exchange-desk backup`, лишаються такими, як були: зашифруйте кожну командою `exchange-desk --db FILE encrypt` або видаліть їх.</translation>
    </message>
    <message>
        <source>{path} is open in another program (the app?); close it, then change the passphrase. Nothing was changed.</source>
        <translation>{path} відкрито в іншій програмі (у застосунку?); закрийте її, тоді змініть парольну фразу. Нічого не змінено.</translation>
    </message>
    <message>
        <source>New passphrase for the database: </source>
        <translation>Нова парольна фраза бази даних: </translation>
    </message>
    <message numerus="yes">
        <source>The database {path} and %n of its backup(s) now open with the new passphrase only.</source>
        <translation>
            <numerusform>База даних {path} і %n її резервна копія тепер відкриваються лише новою парольною фразою.</numerusform>
            <numerusform>База даних {path} і %n її резервні копії тепер відкриваються лише новою парольною фразою.</numerusform>
            <numerusform>База даних {path} і %n її резервних копій тепер відкриваються лише новою парольною фразою.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} does not open with the old passphrase and was left as it was.</source>
        <translation>{file} не відкривається старою парольною фразою, тож лишився як був.</translation>
    </message>
    <message>
        <source>restore: a server database is restored with the server&apos;s own tools.</source>
        <translation>restore: серверну базу даних відновлюють засобами самого сервера.</translation>
    </message>
    <message>
        <source>Restored {file}.</source>
        <translation>Відновлено {file}.</translation>
    </message>
    <message>
        <source>Restored {file}; the database as it was is kept in {kept}.</source>
        <translation>Відновлено з {file}; попередній стан бази даних збережено в {kept}.</translation>
    </message>
    <message>
        <source>History of round {round}, oldest first</source>
        <translation>Історія змін раунду {round}, від найдавніших</translation>
    </message>
    <message>
        <source>check the database: integrity, foreign keys, the audit chain, sign-offs</source>
        <translation>перевірити базу даних: цілісність, зовнішні ключі, ланцюжок історії змін, затвердження</translation>
    </message>
    <message>
        <source>write a consistent copy of the database (also while the app is open)</source>
        <translation>записати узгоджену копію бази даних (також коли застосунок відкритий)</translation>
    </message>
    <message>
        <source>replace the database by a backup (the current one is kept)</source>
        <translation>замінити базу даних резервною копією (поточну буде збережено)</translation>
    </message>
    <message>
        <source>encrypt the plain database in place (SQLCipher; the passphrase from EXCHANGE_DESK_DB_PASSPHRASE, else asked twice)</source>
        <translation>зашифрувати незашифровану базу даних на місці (SQLCipher; парольна фраза з EXCHANGE_DESK_DB_PASSPHRASE, інакше її питають двічі)</translation>
    </message>
    <message>
        <source>give the encrypted database a new passphrase (EXCHANGE_DESK_DB_NEW_PASSPHRASE, else asked twice)</source>
        <translation>дати зашифрованій базі даних нову парольну фразу (EXCHANGE_DESK_DB_NEW_PASSPHRASE, інакше її питають двічі)</translation>
    </message>
    <message>
        <source>who changed what in a round, when, from what to what</source>
        <translation>хто, що й коли змінив у раунді: як було і як стало</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n помилка</numerusform>
            <numerusform>%n помилки</numerusform>
            <numerusform>%n помилок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n попередження</numerusform>
            <numerusform>%n попередження</numerusform>
            <numerusform>%n попереджень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n інформаційна</numerusform>
            <numerusform>%n інформаційні</numerusform>
            <numerusform>%n інформаційних</numerusform>
        </translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>ще {count}</translation>
    </message>
    <message>
        <source>No rounds in that range.</source>
        <translation>У цьому проміжку раундів немає.</translation>
    </message>
    <message>
        <source>No rounds yet. Add some with `exchange-desk import FILE` or try `exchange-desk demo`.</source>
        <translation>Раундів ще немає. Додайте їх командою `exchange-desk import FILE` або спробуйте `exchange-desk demo`.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>ДАТА</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>НАЗВА</translation>
    </message>
    <message>
        <source>SIDES</source>
        <translation>СТОРОНИ</translation>
    </message>
    <message>
        <source>RECEIVED</source>
        <translation>ОТРИМАНО</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <source>DISCREPANCIES</source>
        <translation>РОЗБІЖНОСТІ</translation>
    </message>
    <message>
        <source>{where}: the sources disagree by {spread} ({values}).</source>
        <translation>{where}: джерела розходяться на {spread} ({values}).</translation>
    </message>
    <message>
        <source>{where}: {source}&apos;s {category_set} breakdown adds up to more than its total, by {spread}.</source>
        <translation>{where}: розподіл «{category_set}» джерела {source} у сумі перевищує його загальну кількість на {spread}.</translation>
    </message>
    <message>
        <source>{where}: {source}&apos;s {category_set} breakdown (exhaustive) does not add up to its total; off by {spread}.</source>
        <translation>{where}: вичерпний розподіл «{category_set}» джерела {source} у сумі не дорівнює його загальній кількості; різниця {spread}.</translation>
    </message>
    <message>
        <source>{where}: no source from another party, a mediator or an independent body confirms the total ({values}).</source>
        <translation>{where}: жодне джерело іншої сторони, посередника чи незалежної організації не підтверджує загальну кількість ({values}).</translation>
    </message>
    <message>
        <source>{forth}, {back}: the two directions of the exchange differ by {spread}.</source>
        <translation>{forth}, {back}: два напрямки обміну різняться на {spread}.</translation>
    </message>
    <message>
        <source>{source}&apos;s {count} for {movements} together is not the sum of their totals; off by {spread} ({values}).</source>
        <translation>{count} від {source} для {movements} разом не дорівнює сумі їхніх підсумків; різниця {spread} ({values}).</translation>
    </message>
    <message>
        <source>{where}: what was agreed or announced differs by {spread} from what was handed over ({values}).</source>
        <translation>{where}: домовлене чи оголошене відрізняється на {spread} від переданого ({values}).</translation>
    </message>
    <message>
        <source>{where}: {source}&apos;s total is said to be part of another movement, but is larger than its total by {spread} ({values}).</source>
        <translation>{where}: загальну кількість джерела {source} названо частиною іншого переміщення, але вона більша за його загальну кількість на {spread} ({values}).</translation>
    </message>
    <message>
        <source>open</source>
        <translation>відкрито</translation>
    </message>
    <message>
        <source>resolved by {person}</source>
        <translation>врегульовано: {person}</translation>
    </message>
    <message>
        <source>resolved {value} by {person} (no source reported {value})</source>
        <translation>вирішено: {value}, {person} (жодне джерело не повідомляло {value})</translation>
    </message>
    <message>
        <source>resolved {value} by {person}</source>
        <translation>врегульовано: {value}, {person}</translation>
    </message>
    <message>
        <source>No discrepancies.</source>
        <translation>Розбіжностей немає.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>КЛЮЧ</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>ВАЖЛИВІСТЬ</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>ПРАВИЛО</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>ЩО САМЕ</translation>
    </message>
    <message>
        <source>ROUND</source>
        <translation>РАУНД</translation>
    </message>
    <message>
        <source>of which: part of {movement}</source>
        <translation>з них: частина переміщення {movement}</translation>
    </message>
    <message>
        <source>note:</source>
        <translation>примітка:</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ідентифікатор</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>location</source>
        <translation>місце</translation>
    </message>
    <message>
        <source>sides</source>
        <translation>сторони</translation>
    </message>
    <message>
        <source>third parties</source>
        <translation>треті сторони</translation>
    </message>
    <message>
        <source>mediators</source>
        <translation>посередники</translation>
    </message>
    <message>
        <source>received</source>
        <translation>отримано</translation>
    </message>
    <message>
        <source>remains received</source>
        <translation>отримано останків</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>операція</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>примітки</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Category sets</source>
        <translation>Набори категорій</translation>
    </message>
    <message>
        <source>(exhaustive)</source>
        <translation>(вичерпний)</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показники</translation>
    </message>
    <message>
        <source>Figures for several movements together</source>
        <translation>Показники для кількох переміщень разом</translation>
    </message>
    <message>
        <source>for {movements}</source>
        <translation>для {movements}</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Розбіжності</translation>
    </message>
    <message>
        <source>What the rules could not check</source>
        <translation>Що правила не змогли перевірити</translation>
    </message>
    <message>
        <source>No round is a stage of an operation; name one with `exchange-desk round edit ROUND --operation NAME`.</source>
        <translation>Жоден раунд не є етапом операції; вкажіть її командою `exchange-desk round edit ROUND --operation NAME`.</translation>
    </message>
    <message numerus="yes">
        <source>{operation}: %n round(s), {first} to {last}</source>
        <translation>
            <numerusform>{operation}: %n раунд, з {first} по {last}</numerusform>
            <numerusform>{operation}: %n раунди, з {first} по {last}</numerusform>
            <numerusform>{operation}: %n раундів, з {first} по {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>agreed {agreed}; handed over {delivered} ({steps})</source>
        <translation>домовлено {agreed}; передано {delivered} ({steps})</translation>
    </message>
    <message>
        <source>← differs</source>
        <translation>← відрізняється</translation>
    </message>
    <message>
        <source>report: give a ROUND or a date range (--from/--to), not both.</source>
        <translation>report: вкажіть ROUND або проміжок дат (--from/--to), але не те й інше разом.</translation>
    </message>
    <message>
        <source>report: name a ROUND, or a period with --from and --to.</source>
        <translation>report: вкажіть ROUND або період через --from і --to.</translation>
    </message>
    <message>
        <source>--signed: name the ROUND whose signed summary to write.</source>
        <translation>--signed: назвіть РАУНД, чий підписаний підсумок записати.</translation>
    </message>
    <message>
        <source>Wrote the signed summary of round {round} (amendment {amendment}) to {file}.</source>
        <translation>Підписаний підсумок раунду {round} (редакція {amendment}) записано у {file}.</translation>
    </message>
    <message>
        <source>Wrote the summary of round {round} to {file} ({size} KB).</source>
        <translation>Підсумок раунду {round} записано у {file} ({size} КБ).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report of %n round(s) to {file} ({size} KB).</source>
        <translation>
            <numerusform>Звіт про %n раунд записано у {file} ({size} КБ).</numerusform>
            <numerusform>Звіт про %n раунди записано у {file} ({size} КБ).</numerusform>
            <numerusform>Звіт про %n раундів записано у {file} ({size} КБ).</numerusform>
        </translation>
    </message>
    <message>
        <source>Round {round} is in review.</source>
        <translation>Раунд {round} на перевірці.</translation>
    </message>
    <message>
        <source>Resolved {key} in round {round}.</source>
        <translation>Розбіжність {key} у раунді {round} врегульовано.</translation>
    </message>
    <message>
        <source>A passphrase is needed: set {variable} or run this in a terminal.</source>
        <translation>Потрібна парольна фраза: задайте {variable} або запустіть це в терміналі.</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Ще раз: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was made.</source>
        <translation>Парольні фрази не збігаються; нічого не створено.</translation>
    </message>
    <message>
        <source>No passphrase was given; nothing was done.</source>
        <translation>Парольну фразу не введено; нічого не зроблено.</translation>
    </message>
    <message>
        <source>Passphrase of the office authority: </source>
        <translation>Парольна фраза центру сертифікації офісу: </translation>
    </message>
    <message>
        <source>Made a key for {name} ({role}). Send the request {file} to the office authority; install the certificate it sends back with `exchange-desk keys install CERT`.</source>
        <translation>Створено ключ для {name} ({role}). Надішліть запит {file} центрові сертифікації офісу; сертифікат, який він поверне, установіть командою `exchange-desk keys install CERT`.</translation>
    </message>
    <message>
        <source>Installed the certificate of {name} ({role}), issued by {authority}.</source>
        <translation>Установлено сертифікат {name} ({role}), виданий центром {authority}.</translation>
    </message>
    <message>
        <source>Made an authority of your own on this machine and a key for {name} ({role}), certified by it. Its certificate is {file}: a colleague who signs off your rounds trusts it with `exchange-desk trust`.</source>
        <translation>Створено власний центр сертифікації на цьому комп’ютері і засвідчений ним ключ для {name} ({role}). Його сертифікат: {file}; колега, який затверджує ваші раунди, довіряє йому командою `exchange-desk trust`.</translation>
    </message>
    <message>
        <source>This installation trusts no authority yet; see `exchange-desk trust --help`.</source>
        <translation>Ця інсталяція ще не довіряє жодному центру сертифікації; див. `exchange-desk trust --help`.</translation>
    </message>
    <message>
        <source>Wrote the authority&apos;s certificate to {file}; others pass it to `exchange-desk trust` or `exchange-desk verify --trust`.</source>
        <translation>Сертифікат центру записано у {file}; інші передають його до `exchange-desk trust` або `exchange-desk verify --trust`.</translation>
    </message>
    <message>
        <source>No keys here.</source>
        <translation>Ключів тут немає.</translation>
    </message>
    <message>
        <source>certified by {authority}</source>
        <translation>засвідчено центром {authority}</translation>
    </message>
    <message>
        <source>waiting for its certificate</source>
        <translation>очікує на сертифікат</translation>
    </message>
    <message>
        <source>Made the authority {name}. Give its certificate {file} to every laptop (`exchange-desk trust {file}`); its key stays on this machine.</source>
        <translation>Створено центр сертифікації {name}. Передайте його сертифікат {file} на кожен ноутбук (`exchange-desk trust {file}`); його ключ лишається на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>Certified {name} as {role}: {file}.</source>
        <translation>Засвідчено {name} як {role}: {file}.</translation>
    </message>
    <message>
        <source>Wrote the revocation list to {file}; every laptop installs it with `exchange-desk trust --revoked {file}`.</source>
        <translation>Список відкликаних сертифікатів записано у {file}; кожен ноутбук установлює його командою `exchange-desk trust --revoked {file}`.</translation>
    </message>
    <message numerus="yes">
        <source>Installed the revocation list: %n certificate(s) revoked.</source>
        <translation>
            <numerusform>Установлено список відкликаних: відкликано %n сертифікат.</numerusform>
            <numerusform>Установлено список відкликаних: відкликано %n сертифікати.</numerusform>
            <numerusform>Установлено список відкликаних: відкликано %n сертифікатів.</numerusform>
        </translation>
    </message>
    <message>
        <source>trust: name the authority&apos;s certificate, or --revoked FILE.</source>
        <translation>trust: назвіть сертифікат центру сертифікації або --revoked ФАЙЛ.</translation>
    </message>
    <message>
        <source>This installation now trusts the authority {name}.</source>
        <translation>Ця інсталяція тепер довіряє центру сертифікації {name}.</translation>
    </message>
    <message>
        <source>The server now enforces the roles: groups {groups}; add people with `exchange-desk server add-user LOGIN --role ROLE`.</source>
        <translation>Тепер сервер забезпечує ролі: групи {groups}; додавайте людей командою `exchange-desk server add-user ЛОГІН --role РОЛЬ`.</translation>
    </message>
    <message>
        <source>Password for the login {login}: </source>
        <translation>Пароль для логіна {login}: </translation>
    </message>
    <message>
        <source>The login {login} may now connect as {role}.</source>
        <translation>Логін {login} тепер може підключатися як {role}.</translation>
    </message>
    <message>
        <source>people&apos;s keys on this laptop: new, install, solo, list, export</source>
        <translation>ключі людей на цьому ноутбуці: new, install, solo, list, export</translation>
    </message>
    <message>
        <source>make a person&apos;s key and a request for the authority</source>
        <translation>створити ключ людини і запит до центру сертифікації</translation>
    </message>
    <message>
        <source>whose key</source>
        <translation>чий ключ</translation>
    </message>
    <message>
        <source>the role to ask the authority for</source>
        <translation>роль, яку просити в центру сертифікації</translation>
    </message>
    <message>
        <source>install the certificate the authority issued</source>
        <translation>установити сертифікат, виданий центром</translation>
    </message>
    <message>
        <source>a person alone: an authority of one&apos;s own and a key</source>
        <translation>для однієї людини: власний центр сертифікації і ключ</translation>
    </message>
    <message>
        <source>write the trusted authority&apos;s certificate</source>
        <translation>записати сертифікат довіреного центру</translation>
    </message>
    <message>
        <source>the office authority (on its one machine): init, certify, revoke</source>
        <translation>центр сертифікації офісу (на його єдиному комп’ютері): init, certify, revoke</translation>
    </message>
    <message>
        <source>make the office authority on this machine</source>
        <translation>створити центр сертифікації офісу на цьому комп’ютері</translation>
    </message>
    <message>
        <source>the office&apos;s name</source>
        <translation>назва офісу</translation>
    </message>
    <message>
        <source>certify a person&apos;s request</source>
        <translation>засвідчити запит людини</translation>
    </message>
    <message>
        <source>certify another role than the one asked for</source>
        <translation>засвідчити іншу роль, ніж запитана</translation>
    </message>
    <message>
        <source>revoke a certificate</source>
        <translation>відкликати сертифікат</translation>
    </message>
    <message>
        <source>trust an office authority, or install its revocation list</source>
        <translation>довіряти центру сертифікації офісу або встановити його список відкликаних</translation>
    </message>
    <message>
        <source>a revocation list the authority issued</source>
        <translation>список відкликаних, виданий центром</translation>
    </message>
    <message>
        <source>a PostgreSQL server&apos;s roles (run by the database&apos;s owner): init, add-user</source>
        <translation>ролі сервера PostgreSQL (виконує власник бази даних): init, add-user</translation>
    </message>
    <message>
        <source>make the group roles and grants</source>
        <translation>створити групові ролі й дозволи</translation>
    </message>
    <message>
        <source>a person&apos;s own login in a group</source>
        <translation>власний логін людини в групі</translation>
    </message>
    <message>
        <source>Passphrase for {name}&apos;s key: </source>
        <translation>Парольна фраза ключа {name}: </translation>
    </message>
    <message>
        <source>Signed off round {round} (amendment {amendment}) as {signer}; signed summary: {file}.</source>
        <translation>Раунд {round} затверджено (редакція {amendment}) від імені {signer}; підписаний підсумок: {file}.</translation>
    </message>
    <message>
        <source>{file}: is not a PEM certificate (use `exchange-desk keys export`).</source>
        <translation>{file}: це не сертифікат PEM (скористайтеся `exchange-desk keys export`).</translation>
    </message>
    <message>
        <source>Reopened round {round}: it is a draft again; its earlier sign-off stays on record.</source>
        <translation>Раунд {round} відкрито знову: він знову чернетка; попереднє затвердження лишається в записах.</translation>
    </message>
    <message>
        <source>write a PDF: one round&apos;s summary, or a period report</source>
        <translation>записати PDF: підсумок раунду або звіт за період</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number</source>
        <translation>{value!r} — не ціле число</translation>
    </message>
    <message>
        <source>{value} is not between 0 and {most}</source>
        <translation>{value} не в межах від 0 до {most}</translation>
    </message>
    <message>
        <source>--category: {value!r} is not SET/NAME (for example &quot;Status/Military&quot;).</source>
        <translation>--category: {value!r} не має вигляду НАБІР/НАЗВА (наприклад, &quot;Статус/Військові&quot;).</translation>
    </message>
    <message>
        <source>{option}: {party!r} is not a side or third party of round {round}.</source>
        <translation>{option}: {party!r} не є стороною чи третьою стороною раунду {round}.</translation>
    </message>
    <message>
        <source>--category: round {round} has no category {category!r} in a set {set!r}.</source>
        <translation>--category: у раунді {round} немає категорії {category!r} у наборі {set!r}.</translation>
    </message>
    <message>
        <source>--delete: round {round} has no such figure to delete.</source>
        <translation>--delete: у раунді {round} немає такого показника, щоб його видалити.</translation>
    </message>
    <message>
        <source>Deleted the figure of {source} ({movement}) in round {round}.</source>
        <translation>Видалено показник джерела {source} ({movement}) у раунді {round}.</translation>
    </message>
    <message>
        <source>Recorded {count} from {source} ({movement}) in round {round}.</source>
        <translation>Записано {count} від джерела {source} ({movement}) у раунді {round}.</translation>
    </message>
    <message>
        <source>No likely duplicates: no two rounds share a date and sides.</source>
        <translation>Ймовірних дублікатів немає: жодні два раунди не мають однакових дати й сторін.</translation>
    </message>
    <message>
        <source>Merge one into another with: exchange-desk merge-rounds KEEP DUPLICATE</source>
        <translation>Об&apos;єднати один з іншим: exchange-desk merge-rounds KEEP DUPLICATE</translation>
    </message>
    <message>
        <source>Merged round {duplicate} into {keep}.</source>
        <translation>Раунд {duplicate} приєднано до {keep}.</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) joined it.</source>
        <translation>
            <numerusform>До нього додано %n показник.</numerusform>
            <numerusform>До нього додано %n показники.</numerusform>
            <numerusform>До нього додано %n показників.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) held differently by the two: merge conflicts to resolve.</source>
        <translation>
            <numerusform>%n показник у двох раундах різний: конфлікт злиття, який треба врегулювати.</numerusform>
            <numerusform>%n показники у двох раундах різні: конфлікти злиття, які треба врегулювати.</numerusform>
            <numerusform>%n показників у двох раундах різні: конфлікти злиття, які треба врегулювати.</numerusform>
        </translation>
    </message>
    <message>
        <source>record one figure (or delete one with --delete); a source new to the round is added with affiliation unknown</source>
        <translation>записати один показник (або видалити його з --delete); нове для раунду джерело додається з невідомою належністю</translation>
    </message>
    <message>
        <source>the round (id or unique prefix)</source>
        <translation>раунд (ідентифікатор або його унікальний початок)</translation>
    </message>
    <message>
        <source>the party people went from</source>
        <translation>сторона, від якої перемістилися люди</translation>
    </message>
    <message>
        <source>the party people went to</source>
        <translation>сторона, до якої перемістилися люди</translation>
    </message>
    <message>
        <source>the kind of movement</source>
        <translation>вид переміщення</translation>
    </message>
    <message>
        <source>who reported the figure</source>
        <translation>хто повідомив показник</translation>
    </message>
    <message>
        <source>a category of the round (without it: the source&apos;s total)</source>
        <translation>категорія раунду (без неї — загальна кількість за джерелом)</translation>
    </message>
    <message>
        <source>how many people</source>
        <translation>скільки людей</translation>
    </message>
    <message>
        <source>delete this figure instead</source>
        <translation>натомість видалити цей показник</translation>
    </message>
    <message>
        <source>how exact the count is (default: exact)</source>
        <translation>наскільки точна кількість (типово: exact — точно)</translation>
    </message>
    <message>
        <source>where the figure was published</source>
        <translation>де показник було оприлюднено</translation>
    </message>
    <message>
        <source>&quot;of which&quot;: this total&apos;s people are among those of that movement of the round (counted once); - clears it</source>
        <translation>«з них»: люди цієї загальної кількості входять до того переміщення раунду (враховуються один раз); - скасовує це</translation>
    </message>
    <message>
        <source>list likely duplicate rounds: the same date and sides under two ids (e.g. entered on two laptops)</source>
        <translation>перелічити ймовірні дублікати раундів: однакові дата й сторони під двома ідентифікаторами (наприклад, введені на двох ноутбуках)</translation>
    </message>
    <message>
        <source>merge a duplicate round into another: its figures join (a figure both hold differently becomes a merge conflict) and the duplicate is removed, its history kept</source>
        <translation>об&apos;єднати раунд-дублікат з іншим: його показники додаються (показник, що в обох різний, стає конфліктом злиття), а дублікат вилучається зі збереженням його історії змін</translation>
    </message>
    <message>
        <source>the round to keep (id or unique prefix)</source>
        <translation>раунд, який залишається (ідентифікатор або його унікальний початок)</translation>
    </message>
    <message>
        <source>the round merged into it and removed</source>
        <translation>раунд, який до нього приєднується і вилучається</translation>
    </message>
    <message>
        <source>period report from this date</source>
        <translation>звіт за період від цієї дати</translation>
    </message>
    <message>
        <source>period report up to this date</source>
        <translation>звіт за період до цієї дати</translation>
    </message>
    <message>
        <source>the file to write (&apos;-&apos; = stdout)</source>
        <translation>файл для запису (&apos;-&apos; = стандартний вивід)</translation>
    </message>
    <message>
        <source>the round&apos;s signed summary, as it was signed off (not a new drawing)</source>
        <translation>підписаний підсумок раунду, такий, яким його затвердили (а не накреслений заново)</translation>
    </message>
    <message>
        <source>move a round from draft to review</source>
        <translation>подати раунд-чернетку на перевірку</translation>
    </message>
    <message>
        <source>resolve a discrepancy with an accepted value and a note</source>
        <translation>врегулювати розбіжність: прийняте значення і примітка</translation>
    </message>
    <message>
        <source>the discrepancy&apos;s key (or a unique prefix of it)</source>
        <translation>ключ розбіжності (або його унікальний початок)</translation>
    </message>
    <message>
        <source>the accepted value</source>
        <translation>прийняте значення</translation>
    </message>
    <message>
        <source>why this value</source>
        <translation>чому саме це значення</translation>
    </message>
    <message>
        <source>whose key signs, when several people have keys here (default: EXCHANGE_DESK_KEY)</source>
        <translation>чий ключ підписує, коли ключі тут мають кілька людей (типово: EXCHANGE_DESK_KEY)</translation>
    </message>
    <message>
        <source>the keys kept here</source>
        <translation>ключі, що зберігаються тут</translation>
    </message>
    <message>
        <source>lock a round and write its signed summary</source>
        <translation>заблокувати раунд і записати його підписаний підсумок</translation>
    </message>
    <message>
        <source>where to write the signed PDF</source>
        <translation>куди записати підписаний PDF</translation>
    </message>
    <message>
        <source>check that a PDF is a genuine, current signed summary</source>
        <translation>перевірити, що PDF — справжній і чинний підписаний підсумок</translation>
    </message>
    <message>
        <source>an authority&apos;s certificate to trust</source>
        <translation>сертифікат центру сертифікації, якому слід довіряти</translation>
    </message>
    <message>
        <source>check the file alone, not against the database</source>
        <translation>перевірити лише файл, без звірки з базою даних</translation>
    </message>
    <message>
        <source>reopen a signed-off round (an amendment)</source>
        <translation>відкрити знову затверджений раунд (нова редакція)</translation>
    </message>
    <message>
        <source>{option}: {text!r} is not a date written YYYY-MM-DD.</source>
        <extracomment>A source&apos;s affiliation when it is none of the round&apos;s parties. Where the services&apos; checks name a field of the round (`sides[1]: …`), the option that gave it: the user is told what they typed.</extracomment>
        <translation>{option}: {text!r} — не дата у форматі РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <source>--side: a round has two sides or more; give --side once for each (only {side!r} was given).</source>
        <translation>--side: у раунді дві сторони або більше; вкажіть --side окремо для кожної (вказано лише {side!r}).</translation>
    </message>
    <message>
        <source>Nothing to change: give --title, --date, --location, --notes or --operation.</source>
        <translation>Нічого змінювати: вкажіть --title, --date, --location, --notes або --operation.</translation>
    </message>
    <message>
        <source>Updated round {round} ({options}).</source>
        <translation>Раунд {round} оновлено ({options}).</translation>
    </message>
    <message>
        <source>--affiliation: {value!r} is not a side, third party or mediator of round {round}, nor independent or unknown.</source>
        <translation>--affiliation: {value!r} не є стороною, третьою стороною чи посередником раунду {round} (і не є independent чи unknown).</translation>
    </message>
    <message>
        <source>--name: round {round} already has a source {name!r}.</source>
        <translation>--name: у раунді {round} уже є джерело {name!r}.</translation>
    </message>
    <message>
        <source>--name: round {round} has no source {name!r}.</source>
        <translation>--name: раунд {round} не має джерела {name!r}.</translation>
    </message>
    <message>
        <source>Nothing to change: give --affiliation or --stage.</source>
        <translation>Нічого змінювати: вкажіть --affiliation або --stage.</translation>
    </message>
    <message>
        <source>Added the source {name} ({affiliation}) to round {round}.</source>
        <translation>До раунду {round} додано джерело {name} ({affiliation}).</translation>
    </message>
    <message>
        <source>Source {name} of round {round}: {affiliation}; {stage}.</source>
        <translation>Джерело {name} раунду {round}: {affiliation}; {stage}.</translation>
    </message>
    <message>
        <source>--name: round {round} already has a category set {name!r}.</source>
        <translation>--name: у раунді {round} уже є набір категорій {name!r}.</translation>
    </message>
    <message>
        <source>Added the category set {name} ({categories}) to round {round}.</source>
        <translation>До раунду {round} додано набір категорій {name} ({categories}).</translation>
    </message>
    <message>
        <source>{option}: {value!r} is not FROM:TO:KIND (for example &quot;Ukraine:Russia:exchange&quot;).</source>
        <translation>{option}: {value!r} не має вигляду FROM:TO:KIND (наприклад, &quot;Ukraine:Russia:exchange&quot;).</translation>
    </message>
    <message>
        <source>--movement: round {round} has no figure of {source} for those movements together.</source>
        <translation>--movement: раунд {round} не має показника {source} для цих переміщень разом.</translation>
    </message>
    <message>
        <source>Removed {source}&apos;s figure for {movements} from round {round}.</source>
        <translation>Вилучено показник {source} для {movements} з раунду {round}.</translation>
    </message>
    <message>
        <source>{source}: {count} for {movements} together, in round {round}.</source>
        <translation>{source}: {count} для {movements} разом, у раунді {round}.</translation>
    </message>
    <message>
        <source>--count: {value!r} is not a whole number ≥ 0.</source>
        <translation>--count: {value!r} не є цілим числом ≥ 0.</translation>
    </message>
    <message>
        <source>--comment: say why the round goes back to draft.</source>
        <translation>--comment: вкажіть, чому раунд повертається в чернетку.</translation>
    </message>
    <message>
        <source>{option}: contains U+{code} at position {position}, which is not a printable character.</source>
        <translation>{option}: містить U+{code} у позиції {position}, а це не друкований символ.</translation>
    </message>
    <message>
        <source>{option}: is {length} characters long; at most {maximum} are allowed.</source>
        <translation>{option}: значення задовге (символів: {length}); дозволено щонайбільше {maximum}.</translation>
    </message>
    <message>
        <source>Round {round} is a draft again.</source>
        <translation>Раунд {round} знову чернетка.</translation>
    </message>
    <message>
        <source>make a new draft round, or change a round&apos;s title, date, location or notes</source>
        <translation>створити новий раунд-чернетку або змінити назву, дату, місце чи примітки раунду</translation>
    </message>
    <message>
        <source>make a new draft round and print its id</source>
        <translation>створити новий раунд-чернетку і вивести його ідентифікатор</translation>
    </message>
    <message>
        <source>the round&apos;s title</source>
        <translation>назва раунду</translation>
    </message>
    <message>
        <source>the round&apos;s date (YYYY-MM-DD)</source>
        <translation>дата раунду (РРРР-ММ-ДД)</translation>
    </message>
    <message>
        <source>a side of the exchange (give it once for each side, two or more)</source>
        <translation>сторона обміну (вкажіть окремо для кожної сторони; їх дві або більше)</translation>
    </message>
    <message>
        <source>who mediated the round (repeat for several)</source>
        <translation>посередник раунду (повторіть для кількох)</translation>
    </message>
    <message>
        <source>a third state that held people in custody (repeat for several)</source>
        <translation>третя держава, що тримала людей під вартою (повторіть для кількох)</translation>
    </message>
    <message>
        <source>where the exchange took place</source>
        <translation>де відбувся обмін</translation>
    </message>
    <message>
        <source>notes on the round</source>
        <translation>примітки до раунду</translation>
    </message>
    <message>
        <source>change a round&apos;s title, date, location, notes or operation (at least one)</source>
        <translation>змінити назву, дату, місце, примітки чи операцію раунду (хоча б одне)</translation>
    </message>
    <message>
        <source>the new title</source>
        <translation>нова назва</translation>
    </message>
    <message>
        <source>the new date (YYYY-MM-DD)</source>
        <translation>нова дата (РРРР-ММ-ДД)</translation>
    </message>
    <message>
        <source>the new location (&apos;&apos; removes it)</source>
        <translation>нове місце (&apos;&apos; вилучає його)</translation>
    </message>
    <message>
        <source>the new notes (&apos;&apos; removes them)</source>
        <translation>нові примітки (&apos;&apos; вилучає їх)</translation>
    </message>
    <message>
        <source>the operation the round is a stage of: rounds of one name are one operation (&apos;&apos; removes it)</source>
        <translation>операція, етапом якої є раунд: раунди з однією назвою становлять одну операцію (&apos;&apos; прибирає її)</translation>
    </message>
    <message>
        <source>add a source to a round (the sources it has stay)</source>
        <translation>додати джерело до раунду (наявні джерела лишаються)</translation>
    </message>
    <message>
        <source>add a source, with whom it speaks for</source>
        <translation>додати джерело, зазначивши, кого воно представляє</translation>
    </message>
    <message>
        <source>the source&apos;s name</source>
        <translation>назва джерела</translation>
    </message>
    <message>
        <source>a side, third party or mediator of the round, or independent, or unknown</source>
        <translation>сторона, третя сторона чи посередник раунду, або independent (незалежне), або unknown (невідомо)</translation>
    </message>
    <message>
        <source>what its figures say: delivered (handed over; the default), agreed (agreed or announced beforehand), or agreed_for_operation (agreed for the whole operation)</source>
        <translation>про що його показники: delivered (передано; типово), agreed (домовлено чи оголошено заздалегідь) або agreed_for_operation (домовлено для всієї операції)</translation>
    </message>
    <message>
        <source>change a source&apos;s affiliation or what its figures say</source>
        <translation>змінити належність джерела або те, про що його показники</translation>
    </message>
    <message>
        <source>add a category set to a round (the sets it has stay)</source>
        <translation>додати набір категорій до раунду (наявні набори лишаються)</translation>
    </message>
    <message>
        <source>add a category set with its categories</source>
        <translation>додати набір категорій разом із його категоріями</translation>
    </message>
    <message>
        <source>the set&apos;s name (e.g. Role)</source>
        <translation>назва набору (наприклад, Роль)</translation>
    </message>
    <message>
        <source>a category of the set (repeat for each)</source>
        <translation>категорія набору (повторіть для кожної)</translation>
    </message>
    <message>
        <source>the set&apos;s categories must add up to the total</source>
        <translation>категорії набору в сумі мають дорівнювати загальній кількості</translation>
    </message>
    <message>
        <source>a source&apos;s figure for several movements together (both directions, or several kinds)</source>
        <translation>показник джерела для кількох переміщень разом (обох напрямків або кількох видів)</translation>
    </message>
    <message>
        <source>add a figure for several movements together (one for the same source and movements is replaced)</source>
        <translation>додати показник для кількох переміщень разом (показник того самого джерела для тих самих переміщень замінюється)</translation>
    </message>
    <message>
        <source>who gave the figure</source>
        <translation>хто подав показник</translation>
    </message>
    <message>
        <source>a movement the figure covers, FROM:TO:KIND (repeat for each; two or more)</source>
        <translation>переміщення, яке охоплює показник, FROM:TO:KIND (повторіть для кожного; два або більше)</translation>
    </message>
    <message>
        <source>the number given</source>
        <translation>подане число</translation>
    </message>
    <message>
        <source>how exact the number is (default exact)</source>
        <translation>наскільки точне число (типово exact)</translation>
    </message>
    <message>
        <source>where it was said</source>
        <translation>де це сказано</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>примітка</translation>
    </message>
    <message>
        <source>remove a source&apos;s figure for several movements together</source>
        <translation>вилучити показник джерела для кількох переміщень разом</translation>
    </message>
    <message>
        <source>send a round in review back to draft, saying why</source>
        <translation>повернути раунд, що на перевірці, в чернетку із зазначенням причини</translation>
    </message>
    <message>
        <source>why the round goes back to draft (kept in its history)</source>
        <translation>чому раунд повертається в чернетку (зберігається в історії змін)</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <source>{round}: a round cannot be merged into itself.</source>
        <translation>{round}: раунд не можна об&apos;єднати із самим собою.</translation>
    </message>
    <message>
        <source>round {round} ({title}) is signed off; reopen it before merging.</source>
        <translation>раунд {round} ({title}) затверджено; відкрийте його знову перед об&apos;єднанням.</translation>
    </message>
    <message>
        <source>rounds {keep} and {other} are not of the same date and sides; only likely duplicates are merged.</source>
        <translation>раунди {keep} і {other} мають різні дату чи сторони; об&apos;єднуються лише ймовірні дублікати.</translation>
    </message>
    <message>
        <source>the source {source} reports {kept} in round {keep} but {other} in round {dup}; make them the same (exchange-desk source set) before merging.</source>
        <translation>джерело {source} повідомляє «{kept}» у раунді {keep}, але «{other}» у раунді {dup}; зробіть їх однаковими (exchange-desk source set) перед об’єднанням.</translation>
    </message>
    <message>
        <source>round {round}</source>
        <translation>раунд {round}</translation>
    </message>
</context>
<context>
    <name>editing</name>
    <message>
        <source>round {round_id}: no such round (was it deleted in another window?).</source>
        <translation>раунд {round_id}: такого раунду немає (можливо, його видалено в іншому вікні?).</translation>
    </message>
    <message>
        <source>The round {round} is signed off; reopen it to change it.</source>
        <translation>Раунд {round} затверджено; щоб змінити його, відкрийте його повторно.</translation>
    </message>
    <message>
        <source>The figure of {source} ({movement}) was changed by {who} at {when} in the meantime; the view has been reloaded and nothing was overwritten (what you entered is kept in the round&apos;s history).</source>
        <translation>Тим часом показник джерела {source} ({movement}) змінив користувач {who} ({when}); вигляд оновлено, нічого не перезаписано (введене вами збережено в історії змін раунду).</translation>
    </message>
    <message>
        <source>This round was changed by {who} at {when} in the meantime; it has been reloaded and nothing was overwritten (what you entered is kept in the round&apos;s history).</source>
        <translation>Тим часом цей раунд змінив користувач {who} ({when}); його оновлено, нічого не перезаписано (введене вами збережено в історії змін раунду).</translation>
    </message>
    <message>
        <source>{party} has figures in this round; clear them before removing it.</source>
        <extracomment>A field an edit leaves as the figure holds it (`SetFigure.part_of`).</extracomment>
        <translation>{party} має показники в цьому раунді; очистьте їх, перш ніж вилучати цю сторону.</translation>
    </message>
    <message>
        <source>the source {source} speaks for {party}; change its affiliation first.</source>
        <translation>джерело {source} представляє {party}; спочатку змініть належність джерела.</translation>
    </message>
    <message>
        <source>the source {source} has figures in this round; clear them before removing it.</source>
        <translation>джерело {source} має показники в цьому раунді; очистьте їх, перш ніж вилучати джерело.</translation>
    </message>
    <message>
        <source>{category_set}: {category} has figures in this round; clear them before removing it.</source>
        <translation>{category_set}: категорія {category} має показники в цьому раунді; очистьте їх, перш ніж вилучати категорію.</translation>
    </message>
    <message>
        <source>The round {round} is {status}; it cannot move to {target} from there.</source>
        <extracomment>`expected` not given: the figure is set whatever it holds now.</extracomment>
        <translation>Раунд {round} має стан «{status}»; звідти він не може перейти в стан «{target}».</translation>
    </message>
    <message>
        <source>{field}: say why the round goes back to draft.</source>
        <extracomment>&quot;Of which&quot;: the whole this total is part of; KEEP leaves what the figure holds (an edit of its count does not drop it), None clears it.</extracomment>
        <translation>{field}: вкажіть, чому раунд повертається в чернетку.</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>its evidence is of an unknown format</source>
        <extracomment>English, one clause: what was verified, or what does not hold.</extracomment>
        <translation>його докази мають невідомий формат</translation>
    </message>
    <message>
        <source>its evidence cannot be read</source>
        <translation>його докази не вдається прочитати</translation>
    </message>
    <message>
        <source>the content it carries is not the content that was signed</source>
        <translation>вміст, який він містить, не той, що було підписано</translation>
    </message>
    <message>
        <source>a certificate in its evidence cannot be read</source>
        <translation>сертифікат у його доказах не вдається прочитати</translation>
    </message>
    <message>
        <source>a key that sealed its history is not relied on here ({name}: {reason})</source>
        <translation>ключу, яким скріплено його історію, тут не довіряють ({name}: {reason})</translation>
    </message>
    <message>
        <source>an entry of its history is not sealed</source>
        <translation>запис його історії не скріплено</translation>
    </message>
    <message>
        <source>a seal of its history is not a signature by a known key</source>
        <translation>печатка його історії не є підписом відомого ключа</translation>
    </message>
    <message>
        <source>its history entries are not those that were sealed</source>
        <translation>записи його історії не ті, що було скріплено</translation>
    </message>
    <message>
        <source>an entry of its history was not {name}&apos;s to make</source>
        <translation>запис його історії не належало робити {name}</translation>
    </message>
    <message>
        <source>its history holds no sign-off of this content sealed by the PDF&apos;s signer</source>
        <translation>його історія не містить затвердження цього вмісту, скріпленого підписантом PDF</translation>
    </message>
    <message>
        <source>{name} signed off figures or resolutions they had changed</source>
        <translation>{name} затвердив(ла) цифри чи рішення, які сам(а) змінював(ла)</translation>
    </message>
    <message numerus="yes">
        <source>verified from the file alone: the content&apos;s fingerprint recomputed, %n history entries sealed by {names}, each allowed by their role, and four eyes held</source>
        <translation>
            <numerusform>перевірено лише за файлом: відбиток вмісту обчислено заново, %n запис історії скріплено {names}, кожен дозволений роллю, принцип чотирьох очей дотримано</numerusform>
            <numerusform>перевірено лише за файлом: відбиток вмісту обчислено заново, %n записи історії скріплено {names}, кожен дозволений роллю, принцип чотирьох очей дотримано</numerusform>
            <numerusform>перевірено лише за файлом: відбиток вмісту обчислено заново, %n записів історії скріплено {names}, кожен дозволений роллю, принцип чотирьох очей дотримано</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>The output file name is empty.</source>
        <translation>Назва вихідного файлу порожня.</translation>
    </message>
    <message>
        <source>{path}: is a folder; name the file to write.</source>
        <translation>{path}: це тека; вкажіть файл для запису.</translation>
    </message>
    <message>
        <source>{path}: is not a regular file (a device or a pipe); name a file to write.</source>
        <translation>{path}: це не звичайний файл (а пристрій чи канал); вкажіть файл для запису.</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist.</source>
        <translation>{path}: теки {folder} не існує.</translation>
    </message>
    <message>
        <source>{path}: permission denied.</source>
        <translation>{path}: доступ заборонено.</translation>
    </message>
    <message>
        <source>{path}: cannot write here ({reason}).</source>
        <translation>{path}: сюди неможливо записати ({reason}).</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason}).</source>
        <translation>{path}: не вдається записати ({reason}).</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>title</source>
        <extracomment>Quoted text (titles, citations, notes) is cut after this many characters. A figure&apos;s place in its round: from, to, kind, source, category set, category.</extracomment>
        <translation>назва</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>location</source>
        <translation>місце</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>примітки</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>операція</translation>
    </message>
    <message>
        <source>combined figures</source>
        <translation>показники для кількох переміщень разом</translation>
    </message>
    <message>
        <source>status</source>
        <translation>стан</translation>
    </message>
    <message>
        <source>sides</source>
        <translation>сторони</translation>
    </message>
    <message>
        <source>third parties</source>
        <translation>треті сторони</translation>
    </message>
    <message>
        <source>mediators</source>
        <translation>посередники</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>джерела</translation>
    </message>
    <message>
        <source>category sets</source>
        <translation>набори категорій</translation>
    </message>
    <message>
        <source>count</source>
        <translation>кількість</translation>
    </message>
    <message>
        <source>qualifier</source>
        <translation>точність</translation>
    </message>
    <message>
        <source>citation</source>
        <translation>посилання</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примітка</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>частина переміщення</translation>
    </message>
    <message>
        <source>sides added: {names}</source>
        <extracomment>Parties an import added to a round (it only ever adds them).</extracomment>
        <translation>додано сторони: {names}</translation>
    </message>
    <message>
        <source>third parties added: {names}</source>
        <translation>додано треті сторони: {names}</translation>
    </message>
    <message>
        <source>mediators added: {names}</source>
        <translation>додано посередників: {names}</translation>
    </message>
    <message>
        <source>a figure it was decided on changed</source>
        <extracomment>Why a resolution ended (the history&apos;s comment) → the same in words.</extracomment>
        <translation>змінився показник, на якому ґрунтувалося рішення</translation>
    </message>
    <message>
        <source>the discrepancy is gone</source>
        <translation>розбіжності більше немає</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <extracomment>Figure id → its slot, from the entries that named both. Merge conflicts as their discrepancy keys name them: slot with `source|rev`.</extracomment>
        <translation>«{text}»</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} і {last}</translation>
    </message>
    <message>
        <source>{sign}{count} ({qualifier})</source>
        <translation>{sign}{count} ({qualifier})</translation>
    </message>
    <message>
        <source>{field} {old} → {new}</source>
        <translation>{field} {old} → {new}</translation>
    </message>
    <message>
        <source>{field} {value}</source>
        <translation>{field} {value}</translation>
    </message>
    <message>
        <source>total</source>
        <translation>усього</translation>
    </message>
    <message>
        <source>{movement} — {source} — {category}</source>
        <translation>{movement} — {source} — {category}</translation>
    </message>
    <message>
        <source>{source}: {count} for {movements}</source>
        <translation>{source}: {count} для {movements}</translation>
    </message>
    <message>
        <source>{source} ({affiliation})</source>
        <translation>{source} ({affiliation})</translation>
    </message>
    <message>
        <source>{category_set} ({categories})</source>
        <translation>{category_set} ({categories})</translation>
    </message>
    <message numerus="yes">
        <source>brought from another laptop: %n sealed action(s), each checked</source>
        <translation>
            <numerusform>принесено з іншого ноутбука: %n запечатана дія, кожну перевірено</numerusform>
            <numerusform>принесено з іншого ноутбука: %n запечатані дії, кожну перевірено</numerusform>
            <numerusform>принесено з іншого ноутбука: %n запечатаних дій, кожну перевірено</numerusform>
        </translation>
    </message>
    <message>
        <source>value held {value}, changed by {who} at {when}</source>
        <translation>чинне значення {value}, змінив користувач {who} ({when})</translation>
    </message>
    <message>
        <source>other value {value}, changed by {who} at {when}</source>
        <translation>інше значення {value}, змінив користувач {who} ({when})</translation>
    </message>
    <message>
        <source>the later change holds until a supervisor resolves the conflict</source>
        <translation>діє пізніша зміна, доки керівник не врегулює конфлікт</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>видалено</translation>
    </message>
    <message>
        <source>{value}, {more}</source>
        <translation>{value}, {more}</translation>
    </message>
    <message numerus="yes">
        <source>created with %n figure(s), sides {sides}</source>
        <translation>
            <numerusform>створено: %n показник, сторони {sides}</numerusform>
            <numerusform>створено: %n показники, сторони {sides}</numerusform>
            <numerusform>створено: %n показників, сторони {sides}</numerusform>
        </translation>
    </message>
    <message>
        <source>source added: {source}</source>
        <translation>додано джерело: {source}</translation>
    </message>
    <message>
        <source>category set added: {category_set}</source>
        <translation>додано набір категорій: {category_set}</translation>
    </message>
    <message>
        <source>source {source}: affiliation {old} → {new}</source>
        <translation>джерело {source}: належність {old} → {new}</translation>
    </message>
    <message>
        <source>source {source}: reports {old} → {new}</source>
        <translation>джерело {source}: повідомляє {old} → {new}</translation>
    </message>
    <message>
        <source>categories added to {category_set}: {categories}</source>
        <translation>до набору {category_set} додано категорії: {categories}</translation>
    </message>
    <message>
        <source>category set {category_set} is now exhaustive</source>
        <translation>набір категорій {category_set} тепер вичерпний</translation>
    </message>
    <message>
        <source>category set {category_set} is no longer exhaustive</source>
        <translation>набір категорій {category_set} більше не вичерпний</translation>
    </message>
    <message>
        <source>source removed: {source}</source>
        <translation>вилучено джерело: {source}</translation>
    </message>
    <message>
        <source>sources put in another order</source>
        <translation>змінено порядок джерел</translation>
    </message>
    <message>
        <source>categories removed from {category_set}: {categories}</source>
        <translation>з набору {category_set} вилучено категорії: {categories}</translation>
    </message>
    <message>
        <source>categories of {category_set} put in another order</source>
        <translation>змінено порядок категорій у наборі {category_set}</translation>
    </message>
    <message>
        <source>category set removed: {category_set}</source>
        <translation>вилучено набір категорій: {category_set}</translation>
    </message>
    <message>
        <source>category sets put in another order</source>
        <translation>змінено порядок наборів категорій</translation>
    </message>
    <message>
        <source>discrepancy</source>
        <translation>розбіжність</translation>
    </message>
    <message>
        <source>exchange between {first} and {second}</source>
        <translation>обмін між сторонами {first} і {second}</translation>
    </message>
    <message>
        <source>{movement} — {category}</source>
        <translation>{movement} — {category}</translation>
    </message>
    <message>
        <source>{discrepancy}: {place}</source>
        <translation>{discrepancy}: {place}</translation>
    </message>
    <message>
        <source>no value accepted</source>
        <translation>значення не прийнято</translation>
    </message>
    <message>
        <source>accepted value {value}</source>
        <translation>прийняте значення {value}</translation>
    </message>
    <message>
        <source>replaces the resolution by {who}</source>
        <translation>замінює попереднє рішення (ухвалив користувач {who})</translation>
    </message>
    <message>
        <source>accepted value {old} → {new}</source>
        <translation>прийняте значення {old} → {new}</translation>
    </message>
    <message>
        <source>the resolution by {who} no longer holds</source>
        <translation>рішення, яке ухвалив користувач {who}, втратило чинність</translation>
    </message>
    <message>
        <source>amendment {amendment}, signed as {signer}</source>
        <translation>редакція {amendment}, підписано від імені {signer}</translation>
    </message>
    <message>
        <source>fingerprint {fingerprint}</source>
        <translation>відбиток {fingerprint}</translation>
    </message>
    <message>
        <source>merged into round {round} as a duplicate</source>
        <translation>приєднано до раунду {round} як дублікат</translation>
    </message>
    <message>
        <source>its title was {title}</source>
        <translation>мав назву {title}</translation>
    </message>
    <message>
        <source>round {round} merged into this one as a duplicate</source>
        <translation>раунд {round} приєднано до цього як дублікат</translation>
    </message>
    <message>
        <source>tried to delete this figure</source>
        <translation>спроба видалити цей показник</translation>
    </message>
    <message>
        <source>tried to record {value}</source>
        <translation>спроба записати {value}</translation>
    </message>
    <message>
        <source>tried to set {change}</source>
        <translation>спроба встановити: {change}</translation>
    </message>
    <message>
        <source>tried to change the round</source>
        <translation>спроба змінити раунд</translation>
    </message>
    <message>
        <source>not saved: {who} had changed the round at {when} (version {version}); nothing was overwritten</source>
        <translation>не збережено: тим часом раунд змінив користувач {who} ({when}, версія {version}); нічого не перезаписано</translation>
    </message>
    <message>
        <source>not saved: the round had been changed in the meantime</source>
        <translation>не збережено: тим часом раунд змінили</translation>
    </message>
    <message>
        <source>created in the app</source>
        <translation>створено в застосунку</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>imported from the demo data, loaded by {who}</source>
        <translation>імпортовано з демонстраційних даних, завантажив користувач {who}</translation>
    </message>
    <message>
        <source>imported from the demo data</source>
        <translation>імпортовано з демонстраційних даних</translation>
    </message>
    <message>
        <source>taken from round {round}, a duplicate merged into this one</source>
        <translation>взято з раунду {round} — дубліката, приєднаного до цього</translation>
    </message>
    <message>
        <source>imported from {origin}</source>
        <translation>імпортовано з {origin}</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Reading {file}</source>
        <translation>Читання {file}</translation>
    </message>
    <message>
        <source>{file}: a sealed file; it opens only on import, with the key of someone it was sealed for.</source>
        <translation>{file}: запечатаний файл; він відкривається лише під час імпорту ключем того, для кого його запечатано.</translation>
    </message>
    <message>
        <source>{file} was sealed by {name} ({role}), certified by {issuer}.</source>
        <translation>{file} запечатав(-ла) {name} ({role}), сертифікат видав {issuer}.</translation>
    </message>
    <message numerus="yes">
        <source>Storing %n round(s)</source>
        <translation>
            <numerusform>Збереження %n раунду</numerusform>
            <numerusform>Збереження %n раундів</numerusform>
            <numerusform>Збереження %n раундів</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>{file}: larger than {megabytes} MB; not an interchange file.</source>
        <extracomment>Refuse before reading: no real file comes near this.</extracomment>
        <translation>{file}: більше за {megabytes} МБ; це не файл обміну даними.</translation>
    </message>
    <message>
        <source>The file name is empty.</source>
        <translation>Назва файлу порожня.</translation>
    </message>
    <message>
        <source>{file}: is a folder, not a file.</source>
        <translation>{file}: це тека, а не файл.</translation>
    </message>
    <message>
        <source>{file}: is a device, not a file.</source>
        <translation>{file}: це пристрій, а не файл.</translation>
    </message>
    <message>
        <source>{file}: no such file.</source>
        <translation>{file}: такого файлу немає.</translation>
    </message>
    <message>
        <source>{file}: permission denied.</source>
        <translation>{file}: доступ заборонено.</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: не вдається прочитати ({reason}).</translation>
    </message>
    <message>
        <source>a number of {digits} digits</source>
        <translation>число (цифр: {digits})</translation>
    </message>
    <message>
        <source>{file}: the file is empty; expected an exchange-desk interchange file (JSON).</source>
        <translation>{file}: файл порожній; очікувався файл обміну даними exchange-desk (JSON).</translation>
    </message>
    <message>
        <source>{file}: is not UTF-8 text (byte 0x{byte} at offset {offset}); expected an exchange-desk interchange file (JSON).</source>
        <translation>{file}: це не текст UTF-8 (байт 0x{byte} у позиції {offset}); очікувався файл обміну даними exchange-desk (JSON).</translation>
    </message>
    <message>
        <source>{file}: is UTF-16 text; save it as UTF-8 and import it again.</source>
        <translation>{file}: це текст у кодуванні UTF-16; збережіть його в UTF-8 та імпортуйте знову.</translation>
    </message>
    <message>
        <source>{file}: is a binary file, not a JSON document.</source>
        <translation>{file}: це двійковий файл, а не документ JSON.</translation>
    </message>
    <message>
        <source>{file}: line {line}, column {column}: not valid JSON ({reason}).</source>
        <translation>{file}: рядок {line}, стовпець {column}: некоректний JSON ({reason}).</translation>
    </message>
    <message>
        <source>{file}: nested too deeply to be an interchange file.</source>
        <translation>{file}: надто глибока вкладеність для файлу обміну даними.</translation>
    </message>
    <message>
        <source>{file}: not valid JSON ({reason}).</source>
        <translation>{file}: некоректний JSON ({reason}).</translation>
    </message>
    <message>
        <source>{where}: {name!r} is a side of round {round_id} in the database; an import does not change a party&apos;s part.</source>
        <extracomment>Said of an import whose round came with its authors&apos; sealed entries (four eyes then counts those authors, not the person who imported it). A figure&apos;s columns that an import takes from the file. The columns of a figure added from a file without revisions, in the order `_Plan.new_figures` holds them (tuples: there are hundreds of thousands). Parts a party cannot hold together in one round. Refusing a file that gives a party another part, by the part it has.</extracomment>
        <translation>{where}: {name!r} є стороною раунду {round_id} у базі даних; імпорт не змінює ролі учасника.</translation>
    </message>
    <message>
        <source>{where}: {name!r} is a third party of round {round_id} in the database; an import does not change a party&apos;s part.</source>
        <translation>{where}: {name!r} є третьою стороною раунду {round_id} у базі даних; імпорт не змінює ролі учасника.</translation>
    </message>
    <message>
        <source>{where}: {name!r} is a mediator of round {round_id} in the database; an import does not change a party&apos;s part.</source>
        <translation>{where}: {name!r} є посередником у раунді {round_id} у базі даних; імпорт не змінює ролі учасника.</translation>
    </message>
    <message>
        <source>{where}: round {round_id} is marked signed off, but the file carries no sign-off of it sealed by a supervisor (a file of version 3 does); import it as in_review and have a supervisor sign it off here.</source>
        <translation>{where}: раунд {round_id} позначено затвердженим, але файл не містить його затвердження, запечатаного керівником (файл версії 3 містить); імпортуйте його як in_review, і нехай керівник затвердить його тут.</translation>
    </message>
    <message>
        <source>{where}: {name} looks the same as {other}, which round {round_id} already has, but is another name ({detail}); use {other}.</source>
        <translation>{where}: {name} виглядає так само, як {other}, що вже є в раунді {round_id}, але це інша назва ({detail}); використайте {other}.</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) added</source>
        <extracomment>For a preview: which rounds are new, updated, or hold new merge conflicts, by id, with their titles (and dates) from the file. New rounds that share a date and sides with another round here. Rounds merged here into another, as another laptop had merged them. Sign-offs made on other laptops, taken with their signed summaries. Who sealed each sealed file, one sentence each. Figures for several movements together held here that a round signed off elsewhere no longer has (kept in its history).</extracomment>
        <translation>
            <numerusform>додано %n раунд</numerusform>
            <numerusform>додано %n раунди</numerusform>
            <numerusform>додано %n раундів</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>оновлено {count}</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>без змін {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) added</source>
        <translation>
            <numerusform>додано %n показник</numerusform>
            <numerusform>додано %n показники</numerusform>
            <numerusform>додано %n показників</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} changed</source>
        <translation>змінено {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n changed on both sides (merge conflicts to resolve)</source>
        <translation>
            <numerusform>%n змінено з обох боків (конфлікт злиття, треба врегулювати)</numerusform>
            <numerusform>%n змінено з обох боків (конфлікти злиття, треба врегулювати)</numerusform>
            <numerusform>%n змінено з обох боків (конфліктів злиття, треба врегулювати)</numerusform>
        </translation>
    </message>
    <message>
        <source>Would import: {rounds}; {figures}.</source>
        <translation>Буде імпортовано: {rounds}; {figures}.</translation>
    </message>
    <message>
        <source>Imported: {rounds}; {figures}.</source>
        <translation>Імпортовано: {rounds}; {figures}.</translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off(s) made on another laptop taken, each checked with its signed summary.</source>
        <translation>
            <numerusform>%n затвердження, зроблене на іншому ноутбуці, прийнято, його перевірено разом із підписаним підсумком.</numerusform>
            <numerusform>%n затвердження, зроблені на іншому ноутбуці, прийнято, кожне перевірено разом із підписаним підсумком.</numerusform>
            <numerusform>%n затверджень, зроблених на іншому ноутбуці, прийнято, кожне перевірено разом із підписаним підсумком.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) for several movements together held here are not in a round signed off elsewhere and were replaced by what it signed (the round&apos;s history keeps them).</source>
        <translation>
            <numerusform>%n показник для кількох переміщень разом, що був тут, відсутній у раунді, затвердженому деінде, і його замінено затвердженим (історія раунду його зберігає).</numerusform>
            <numerusform>%n показники для кількох переміщень разом, що були тут, відсутні в раунді, затвердженому деінде, і їх замінено затвердженим (історія раунду їх зберігає).</numerusform>
            <numerusform>%n показників для кількох переміщень разом, що були тут, відсутні в раунді, затвердженому деінде, і їх замінено затвердженим (історія раунду їх зберігає).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate round(s) merged into another, as on the laptop the file came from.</source>
        <translation>
            <numerusform>%n раунд-дублікат об’єднано з іншим, як на ноутбуці, з якого надійшов файл.</numerusform>
            <numerusform>%n раунди-дублікати об’єднано з іншими, як на ноутбуці, з якого надійшов файл.</numerusform>
            <numerusform>%n раундів-дублікатів об’єднано з іншими, як на ноутбуці, з якого надійшов файл.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new round(s) share a date and sides with another round (likely duplicates: see exchange-desk duplicates).</source>
        <translation>
            <numerusform>%n новий раунд має ті самі дату й сторони, що й інший раунд (ймовірний дублікат: див. exchange-desk duplicates).</numerusform>
            <numerusform>%n нові раунди мають ті самі дату й сторони, що й інші раунди (ймовірні дублікати: див. exchange-desk duplicates).</numerusform>
            <numerusform>%n нових раундів мають ті самі дату й сторони, що й інші раунди (ймовірні дублікати: див. exchange-desk duplicates).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <extracomment>The name the rows record (the history&apos;s entries are sealed by `signer`). The rounds of the file already here. Rounds whose signed history (received with them) signs them off. Revisions already met in merge conflicts, per figure row. Figures that took another laptop&apos;s revision, with its history. Rounds whose summary rows are to be read back from the database after writing (merge conflicts added to a new round, or settled).</extracomment>
        <translation>
            <numerusform>%n показник</numerusform>
            <numerusform>%n показники</numerusform>
            <numerusform>%n показників</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: round {round_id} ({title}) is signed off, and this import would change it ({changes}); nothing was imported.</source>
        <translation>{where}: раунд {round_id} ({title}) затверджено, а цей імпорт змінив би його ({changes}); нічого не імпортовано.</translation>
    </message>
    <message>
        <source>the text {text}</source>
        <extracomment>Fields a figure may have and still take the fast path. Where it came from, for messages: `a.json: rounds[3]`. Sources whose affiliation the file states, and category sets whose `exhaustive` it states: only these override what a database holds. The file it came from. Version 3: the round&apos;s sealed history entries (the history&apos;s fields, `seal_id` and `where`), in the order the sending laptop had them. Version 3: the signed summaries, (amendment, PDF bytes, where). Version 3: the file&apos;s seals (by id) and certificates (key → PEM). Sources whose stage the file states (/5): only these override what a database holds. Round fields the file states even when empty (/5: `operation`, `combined`): they override what a database holds.</extracomment>
        <translation>текст {text}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>об&apos;єкт</translation>
    </message>
    <message>
        <source>must be an object, not {value}.</source>
        <translation>має бути об&apos;єктом; отримано {value}.</translation>
    </message>
    <message>
        <source>the field {field} appears twice.</source>
        <translation>поле {field} трапляється двічі.</translation>
    </message>
    <message>
        <source>unknown field {field} (known fields: {known_fields}).</source>
        <translation>невідоме поле {field} (відомі поля: {known_fields}).</translation>
    </message>
    <message>
        <source>must be text, not {value}.</source>
        <translation>має бути текстом; отримано {value}.</translation>
    </message>
    <message>
        <source>contains an unpaired surrogate U+{code} at position {position}.</source>
        <translation>містить непарний сурогатний символ U+{code} у позиції {position}.</translation>
    </message>
    <message>
        <source>contains the control character U+{code} at position {position}.</source>
        <translation>містить керівний символ U+{code} у позиції {position}.</translation>
    </message>
    <message>
        <source>must not be empty (it has no visible characters).</source>
        <extracomment>The years a round&apos;s date and a recorded time may fall in.</extracomment>
        <translation>не може бути порожнім (немає жодного видимого символу).</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {maximum} are allowed.</source>
        <translation>значення задовге (символів: {length}); дозволено щонайбільше {maximum}.</translation>
    </message>
    <message>
        <source>must be a list of names, not {value}.</source>
        <translation>має бути списком назв; отримано {value}.</translation>
    </message>
    <message>
        <source>needs at least {minimum} names, not {count}.</source>
        <translation>кількість назв має бути щонайменше {minimum}, а не {count}.</translation>
    </message>
    <message>
        <source>has {count} names; at most {maximum} are allowed.</source>
        <translation>містить назв: {count}; дозволено щонайбільше {maximum}.</translation>
    </message>
    <message>
        <source>{name} is named twice.</source>
        <translation>{name} названо двічі.</translation>
    </message>
    <message>
        <source>{name} is named twice (as {other_spelling}).</source>
        <translation>{name} названо двічі (також як {other_spelling}).</translation>
    </message>
    <message>
        <source>only a total can be part of another movement, not a category.</source>
        <translation>частиною іншого переміщення може бути лише загальна кількість, а не категорія.</translation>
    </message>
    <message>
        <source>a movement cannot be part of itself.</source>
        <translation>переміщення не може бути частиною самого себе.</translation>
    </message>
    <message>
        <source>a part leaves the party its whole leaves: {party}, not {other}.</source>
        <translation>частина вирушає від тієї ж сторони, що й ціле: {party}, а не {other}.</translation>
    </message>
    <message>
        <source>remains and people are counted apart: one cannot be part of the other.</source>
        <translation>останки й людей рахують окремо: одне не може бути частиною іншого.</translation>
    </message>
    <message>
        <source>has {count} combined figures; at most {maximum} are allowed.</source>
        <extracomment>How many combined figures a round may hold, and movements one may cover (both directions of every kind between two sides is 8).</extracomment>
        <translation>має {count} спільних показників; дозволено щонайбільше {maximum}.</translation>
    </message>
    <message>
        <source>a combined figure is given for two movements or more, each once.</source>
        <translation>спільний показник подається для двох або більше переміщень, кожного один раз.</translation>
    </message>
    <message>
        <source>a combined figure covers at most {maximum} movements, not {count}.</source>
        <translation>спільний показник охоплює щонайбільше {maximum} переміщень, а не {count}.</translation>
    </message>
    <message>
        <source>repeats {other_place}: the same source&apos;s figure for the same movements together.</source>
        <translation>повторює {other_place}: показник того самого джерела для тих самих переміщень разом.</translation>
    </message>
    <message>
        <source>remains and people are counted apart: one figure cannot give both.</source>
        <translation>останки й людей рахують окремо: один показник не може охоплювати і те, і те.</translation>
    </message>
    <message>
        <source>the source {source} gives what was agreed for the whole operation, but the round is a stage of no operation; name its operation first.</source>
        <translation>джерело {source} подає домовлене для всієї операції, але раунд не є етапом жодної операції; спершу вкажіть його операцію.</translation>
    </message>
    <message>
        <source>must be one of {choices}, not {value}.</source>
        <translation>має бути одним зі значень {choices}; отримано {value}.</translation>
    </message>
    <message>
        <source>must be a whole number ≥ 0, not {value}.</source>
        <translation>має бути цілим числом ≥ 0; отримано {value}.</translation>
    </message>
    <message>
        <source>must be at most {maximum}, not {value}.</source>
        <translation>має бути не більше ніж {maximum}; отримано {value}.</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, not {value}.</source>
        <translation>має бути датою у форматі YYYY-MM-DD; отримано {value}.</translation>
    </message>
    <message>
        <source>{date} is not a day of the calendar.</source>
        <translation>{date} — такого дня в календарі немає.</translation>
    </message>
    <message>
        <source>{value} is outside the years 1900 to 2100.</source>
        <translation>{value} виходить за межі 1900–2100 років.</translation>
    </message>
    <message>
        <source>must be a time like 2024-01-03T12:00:00Z, not {value}.</source>
        <translation>має бути часом у форматі 2024-01-03T12:00:00Z; отримано {value}.</translation>
    </message>
    <message>
        <source>must say its time zone (end it with Z for UTC).</source>
        <translation>має містити часовий пояс (для UTC допишіть у кінці Z).</translation>
    </message>
    <message>
        <source>must be a UUID like 6f1c2a3b-0000-4000-8000-000000000000, not {value}.</source>
        <translation>має бути UUID на кшталт 6f1c2a3b-0000-4000-8000-000000000000; отримано {value}.</translation>
    </message>
    <message>
        <source>must be true or false, not {value}.</source>
        <translation>має бути true або false; отримано {value}.</translation>
    </message>
    <message>
        <source>{file}: must be a JSON object with &quot;format&quot; and &quot;rounds&quot;, not {value}.</source>
        <translation>{file}: має бути об&apos;єктом JSON з полями &quot;format&quot; і &quot;rounds&quot;; отримано {value}.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>верхній рівень</translation>
    </message>
    <message>
        <source>missing; an interchange file starts with &quot;format&quot;: &quot;{format}&quot;.</source>
        <translation>відсутнє; файл обміну даними починається з &quot;format&quot;: &quot;{format}&quot;.</translation>
    </message>
    <message>
        <source>{found} is not a version this program reads (it reads {format}); update Exchange Desk to read it.</source>
        <translation>{found} — версія, якої ця програма не читає (вона читає {format}); щоб прочитати файл, оновіть Exchange Desk.</translation>
    </message>
    <message>
        <source>{found} is not a version this program reads (it reads {format}).</source>
        <translation>{found} — версія, якої ця програма не читає (вона читає {format}).</translation>
    </message>
    <message>
        <source>must be {format!r}, not {value}.</source>
        <translation>має бути {format!r}; отримано {value}.</translation>
    </message>
    <message>
        <source>missing; expected a list of rounds.</source>
        <translation>відсутнє; очікується список раундів.</translation>
    </message>
    <message>
        <source>must be a list of rounds, not {value}.</source>
        <translation>має бути списком раундів; отримано {value}.</translation>
    </message>
    <message>
        <source>has {count} rounds; at most {maximum} are allowed in one file.</source>
        <translation>містить раундів: {count}; в одному файлі дозволено щонайбільше {maximum}.</translation>
    </message>
    <message>
        <source>{round_id} is also the id of {other_place}.</source>
        <translation>{round_id} — це також ідентифікатор {other_place}.</translation>
    </message>
    <message>
        <source>missing; every round needs an id, a title, a date and its sides.</source>
        <translation>відсутнє; кожен раунд повинен мати ідентифікатор, назву, дату та сторони.</translation>
    </message>
    <message>
        <source>{name!r} is a reserved word, not a party name.</source>
        <translation>{name!r} — зарезервоване слово, а не назва сторони.</translation>
    </message>
    <message>
        <source>{name!r} is already a side of this round.</source>
        <translation>{name!r} уже є стороною цього раунду.</translation>
    </message>
    <message>
        <source>{name!r} is a side of this round and cannot mediate it.</source>
        <translation>{name!r} є стороною цього раунду і не може бути в ньому посередником.</translation>
    </message>
    <message>
        <source>must be a list of sources, not {value}.</source>
        <translation>має бути списком джерел; отримано {value}.</translation>
    </message>
    <message>
        <source>has {count} sources; at most {maximum} are allowed.</source>
        <translation>містить джерел: {count}; дозволено щонайбільше {maximum}.</translation>
    </message>
    <message>
        <source>missing; every source needs a name.</source>
        <translation>відсутнє; кожне джерело повинно мати назву.</translation>
    </message>
    <message>
        <source>the source {name!r} is declared twice.</source>
        <translation>джерело {name!r} оголошено двічі.</translation>
    </message>
    <message>
        <source>{affiliation!r} is not a side, third party or mediator of this round (nor independent or unknown).</source>
        <translation>{affiliation!r} не є стороною, третьою стороною чи посередником цього раунду (і не є independent чи unknown).</translation>
    </message>
    <message>
        <source>must be a list of category sets, not {value}.</source>
        <translation>має бути списком наборів категорій; отримано {value}.</translation>
    </message>
    <message>
        <source>has {count} category sets; at most {maximum} are allowed.</source>
        <translation>містить наборів категорій: {count}; дозволено щонайбільше {maximum}.</translation>
    </message>
    <message>
        <source>missing; every category set needs a name.</source>
        <translation>відсутнє; кожен набір категорій повинен мати назву.</translation>
    </message>
    <message>
        <source>the category set {name!r} is declared twice.</source>
        <translation>набір категорій {name!r} оголошено двічі.</translation>
    </message>
    <message>
        <source>must be a list of figures, not {value}.</source>
        <translation>має бути списком показників; отримано {value}.</translation>
    </message>
    <message>
        <source>has {count} figures; at most {maximum} are allowed in one round.</source>
        <translation>містить показників: {count}; в одному раунді дозволено щонайбільше {maximum}.</translation>
    </message>
    <message>
        <source>is also the rev of {other_place}; each figure&apos;s revisions are its own.</source>
        <translation>збігається з rev {other_place}; редакції кожного показника — лише його власні.</translation>
    </message>
    <message>
        <source>repeats {other_place} (the same movement, source and category); a source gives one figure per movement and category.</source>
        <translation>повторює {other_place} (те саме переміщення, джерело й категорія); джерело подає один показник на кожне переміщення й категорію.</translation>
    </message>
    <message>
        <source>missing; a figure with {field} needs its rev.</source>
        <translation>відсутнє; показник із полем {field} повинен мати rev.</translation>
    </message>
    <message>
        <source>names the figure&apos;s own rev {rev}.</source>
        <translation>містить власний rev показника {rev}.</translation>
    </message>
    <message>
        <source>missing; changed_by and changed_at go together.</source>
        <translation>відсутнє; changed_by і changed_at вказуються разом.</translation>
    </message>
    <message>
        <source>missing; a figure with a rev says when it was changed.</source>
        <translation>відсутнє; показник із rev повинен вказувати, коли його змінено.</translation>
    </message>
    <message>
        <source>must be a list of the other sides of merge conflicts.</source>
        <translation>має бути списком інших сторін конфліктів злиття.</translation>
    </message>
    <message>
        <source>names a revision already named for this figure ({rev}).</source>
        <translation>називає редакцію, уже названу для цього показника ({rev}).</translation>
    </message>
    <message>
        <source>must be a list of revision ids, not {value}.</source>
        <translation>має бути списком ідентифікаторів редакцій, а не {value}.</translation>
    </message>
    <message>
        <source>has {count} revisions; at most {maximum} are allowed.</source>
        <translation>містить {count} редакцій; дозволено щонайбільше {maximum}.</translation>
    </message>
    <message>
        <source>missing; every figure needs from, to, kind, source and count.</source>
        <translation>відсутнє; кожен показник повинен мати from, to, kind, source і count.</translation>
    </message>
    <message>
        <source>{party} is not a side or third party of this round.</source>
        <translation>{party} не є стороною чи третьою стороною цього раунду.</translation>
    </message>
    <message>
        <source>people cannot move from {party} to itself.</source>
        <translation>переміщення від {party} до тієї самої сторони неможливе.</translation>
    </message>
    <message>
        <source>{movement} is, through the movements it is part of, part of itself.</source>
        <translation>{movement} через переміщення, частиною яких воно є, виявляється частиною самого себе.</translation>
    </message>
    <message>
        <source>missing; category_set and category go together.</source>
        <translation>відсутнє; category_set і category зазначають лише разом.</translation>
    </message>
    <message>
        <source>{category_set} is not a category set declared in this round.</source>
        <translation>{category_set} не є набором категорій, оголошеним у цьому раунді.</translation>
    </message>
    <message>
        <source>{name} holds the invisible character {code} at position {position}; a name may hold only characters that show.</source>
        <translation>{name} містить невидимий символ {code} на позиції {position}; назва може містити лише видимі символи.</translation>
    </message>
    <message>
        <source>{code} at position {position}</source>
        <translation>{code} на позиції {position}</translation>
    </message>
    <message>
        <source>{code} at position {position}, where the other has {other_code}</source>
        <translation>{code} на позиції {position}, де в іншій назві {other_code}</translation>
    </message>
    <message>
        <source>{name} looks the same as {other} but is another name ({detail}); use one name for both.</source>
        <translation>{name} виглядає так само, як {other}, але це інша назва ({detail}); використайте одну назву для обох.</translation>
    </message>
    <message>
        <source>{category} is not a category of the set {category_set}.</source>
        <translation>{category} не є категорією набору {category_set}.</translation>
    </message>
    <message>
        <source>must be a list, not {value}.</source>
        <translation>має бути списком, а не {value}.</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}.</source>
        <translation>має бути цілим числом, а не {value}.</translation>
    </message>
    <message>
        <source>{round_id} is a round of this file, and cannot also be removed.</source>
        <translation>{round_id} є раундом цього файлу, і його не можна водночас вилучити.</translation>
    </message>
    <message>
        <source>holds no merge of round {round_id} into {other}.</source>
        <translation>не містить об’єднання раунду {round_id} з {other}.</translation>
    </message>
    <message>
        <source>has {count} items; at most {maximum} are allowed.</source>
        <translation>має {count} елементів; дозволено щонайбільше {maximum}.</translation>
    </message>
    <message>
        <source>missing.</source>
        <translation>відсутнє.</translation>
    </message>
    <message>
        <source>is not in the form this field takes: {value}.</source>
        <translation>має не ту форму, якої вимагає це поле: {value}.</translation>
    </message>
    <message>
        <source>must be a new amendment number from 1, not {value}.</source>
        <translation>має бути новим номером редакції, від 1, а не {value}.</translation>
    </message>
    <message>
        <source>is not base64 text.</source>
        <translation>не є текстом base64.</translation>
    </message>
    <message>
        <source>{where}: round {round_id}: {problem}; nothing was imported.</source>
        <extracomment>Entries that bear on supervision: only rounds that receive one are replayed. Per round: the seals brought and their digest (what `receive` names). Rounds whose supervision may change. The file each round&apos;s entries came from. The newest entry of this database&apos;s own history before the import. Sign-offs taken from the files (with their signed summaries).</extracomment>
        <translation>{where}: раунд {round_id}: {problem}; нічого не імпортовано.</translation>
    </message>
    <message>
        <source>a certificate in the file cannot be read</source>
        <translation>сертифікат у файлі неможливо прочитати</translation>
    </message>
    <message>
        <source>a seal names a certificate other than the one the file carries</source>
        <translation>печатка називає інший сертифікат, ніж той, що є у файлі</translation>
    </message>
    <message>
        <source>its history is sealed by {name}, whose key is not relied on here ({reason})</source>
        <translation>його історію запечатав {name}, чиєму ключу тут не довіряють ({reason})</translation>
    </message>
    <message>
        <source>its history entries are not those {name} sealed (the file was changed)</source>
        <translation>записи його історії не ті, які запечатав {name} (файл змінено)</translation>
    </message>
    <message>
        <source>a history entry by {name} is dated {date}, in the future</source>
        <translation>запис історії від {name} датовано {date}, у майбутньому</translation>
    </message>
    <message>
        <source>{where}: names a seal the file does not carry.</source>
        <translation>{where}: називає печатку, якої у файлі немає.</translation>
    </message>
    <message>
        <source>{where}: the file does not carry the certificate of the key that made this seal.</source>
        <translation>{where}: у файлі немає сертифіката ключа, яким зроблено цю печатку.</translation>
    </message>
    <message>
        <source>a history entry ({action}) was sealed by {name}, whose role ({role}) does not allow it</source>
        <translation>запис історії ({action}) запечатав {name}, чия роль ({role}) цього не дозволяє</translation>
    </message>
    <message>
        <source>amendment {amendment} was signed off differently here and on another laptop</source>
        <translation>редакцію {amendment} затверджено по-різному тут і на іншому ноутбуці</translation>
    </message>
    <message>
        <source>it holds a reopening of amendment {amendment}, which no sign-off made</source>
        <translation>він містить повторне відкриття редакції {amendment}, якої не створило жодне затвердження</translation>
    </message>
    <message>
        <source>it was signed off on another laptop (amendment {amendment}) for figures other than those it holds here</source>
        <translation>його затверджено на іншому ноутбуці (редакція {amendment}) для інших показників, ніж ті, що є тут</translation>
    </message>
    <message>
        <source>the file marks it signed off without a sign-off</source>
        <translation>файл позначає його затвердженим без затвердження</translation>
    </message>
    <message>
        <source>its sign-off (amendment {amendment}) comes without its signed summary</source>
        <translation>його затвердження (редакція {amendment}) надійшло без підписаного підсумку</translation>
    </message>
    <message>
        <source>the signed summary of amendment {amendment} ({where}) is not the one its sign-off made</source>
        <translation>підписаний підсумок редакції {amendment} ({where}) не той, який створило затвердження</translation>
    </message>
    <message>
        <source>{person} signed off amendment {amendment} of figures or resolutions they had changed (four eyes)</source>
        <translation>{person} затвердив(ла) редакцію {amendment} показників або рішень, які сам(а) змінював(ла) (принцип чотирьох очей)</translation>
    </message>
    <message>
        <source>round {round} ({title}): {problem}</source>
        <extracomment>The version of what a summary row holds: the discrepancy rules, how a round&apos;s totals are counted, the row&apos;s JSON. Add one with every change to them (tests/unit/services/test_summaries.py fails until then), and every database&apos;s rows are written again when the program next opens it.</extracomment>
        <translation>раунд {round} ({title}): {problem}</translation>
    </message>
    <message>
        <source>The party {name} looks the same as the party {other} already known here, but is another name ({detail}); use {other} for both.</source>
        <extracomment>The revision held (the row&apos;s id until the figure first changes), the revisions before it, newest first, and whether it is a tombstone. &quot;Of which&quot; (`content.movement_text`), or None. Combined figures as stored (`content.combined_text`).</extracomment>
        <translation>Сторона {name} виглядає так само, як уже відома тут сторона {other}, але це інша назва ({detail}); використайте {other} для обох.</translation>
    </message>
</context>
<context>
    <name>integrity</name>
    <message>
        <source>this installation trusts no authority: the seals were checked, not who certified them</source>
        <extracomment>The schema revision from which histories are sealed.</extracomment>
        <translation>ця інсталяція не довіряє жодному центру сертифікації: печатки перевірено, але не те, хто засвідчив їхні ключі</translation>
    </message>
    <message>
        <source>audit entry {number} {problem}</source>
        <translation>запис історії змін {number} {problem}</translation>
    </message>
    <message>
        <source>the audit history was cut: the entry of the sign-off of round {round_id} (amendment {amendment}) is gone</source>
        <translation>історію змін обрізано: запису про затвердження раунду {round_id} (редакція {amendment}) немає</translation>
    </message>
    <message>
        <source>round {round_id} has no history of its creation: entries of the audit history were removed</source>
        <translation>раунд {round_id} не має запису про своє створення: записи історії змін було видалено</translation>
    </message>
    <message>
        <source>round {round_id} is marked signed off but was signed elsewhere (no sign-off on record here)</source>
        <translation>раунд {round_id} позначено як затверджений, але затверджено його деінде (тут запису про затвердження немає)</translation>
    </message>
    <message>
        <source>round {round_id} was changed after its sign-off (amendment {amendment}): its content no longer matches the fingerprint that was signed</source>
        <translation>раунд {round_id} змінено після затвердження (редакція {amendment}): його вміст більше не відповідає затвердженому відбитку</translation>
    </message>
    <message>
        <source>{path}: is a folder; name the backup file.</source>
        <translation>{path}: це тека; вкажіть файл резервної копії.</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist.</source>
        <translation>{path}: теки {folder} не існує.</translation>
    </message>
    <message>
        <source>{command}: a server database is backed up with the server&apos;s own tools (pg_dump).</source>
        <translation>{command}: резервну копію серверної бази даних створюють засобами самого сервера (pg_dump).</translation>
    </message>
    <message>
        <source>{path}: is the database itself; name another file for the backup.</source>
        <translation>{path}: це сама база даних; вкажіть інший файл для резервної копії.</translation>
    </message>
    <message>
        <source>{path}: already exists; name a new file for the backup.</source>
        <translation>{path}: уже існує; вкажіть новий файл для резервної копії.</translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <translation>{path}: такого файлу немає.</translation>
    </message>
    <message>
        <source>{path}: is empty, not a backup; nothing was changed.</source>
        <translation>{path}: порожній, це не резервна копія; нічого не змінено.</translation>
    </message>
    <message>
        <source>{path} is open in another program (the app?); close it there, or restore from that program (Tools → Restore a backup…). Nothing was changed.</source>
        <translation>{path} відкрито в іншій програмі (у застосунку?); закрийте його там або відновіть копію з тієї програми (Інструменти → Відновити з резервної копії…). Нічого не змінено.</translation>
    </message>
    <message>
        <source>{path} is encrypted: give its passphrase in {variable} to put a backup in its place; nothing was changed.</source>
        <translation>{path} зашифровано: задайте його парольну фразу в {variable}, щоб поставити на його місце резервну копію; нічого не змінено.</translation>
    </message>
    <message>
        <source>The passphrase does not open the encrypted database {path}, so no backup is put in its place; nothing was changed.</source>
        <translation>Парольна фраза не відкриває зашифровану базу даних {path}, тож резервну копію на її місце не поставлено; нічого не змінено.</translation>
    </message>
    <message>
        <source>{path}: cannot be restored: {reason}</source>
        <translation>{path}: не вдається відновити: {reason}</translation>
    </message>
    <message>
        <source>{path}: is damaged ({problem}); it was not restored.</source>
        <translation>{path}: файл пошкоджено ({problem}); його не відновлено.</translation>
    </message>
    <message>
        <source>{path}: was made by a newer version of Exchange Desk; it was not restored.</source>
        <translation>{path}: файл створено новішою версією Exchange Desk; його не відновлено.</translation>
    </message>
    <message>
        <source>There is no database at {path} yet, and a new one is encrypted: give its passphrase in {variable}, or set {plain}=1 to restore {file} unencrypted; nothing was changed.</source>
        <translation>Бази даних у {path} ще немає, а нова шифрується: задайте її парольну фразу в {variable} або встановіть {plain}=1, щоб відновити {file} незашифрованою; нічого не змінено.</translation>
    </message>
    <message>
        <source>{path}: no database here to encrypt.</source>
        <extracomment>What a backup or a restore killed halfway leaves: not a copy to keep. Backups encrypted with it. Backups that could not be (damaged): still readable, to be deleted. Signed PDFs kept beside the database, removed: the database holds them. Signed PDFs kept beside it that the database does not hold: left.</extracomment>
        <translation>{path}: тут немає бази даних для шифрування.</translation>
    </message>
    <message>
        <source>{path} is encrypted already (or is no SQLite file); nothing was changed.</source>
        <translation>{path} уже зашифровано (або це не файл SQLite); нічого не змінено.</translation>
    </message>
    <message>
        <source>{path} is open in another program (the app?); close it, then encrypt. Nothing was changed.</source>
        <translation>{path} відкрито в іншій програмі (у застосунку?); закрийте її, потім шифруйте. Нічого не змінено.</translation>
    </message>
    <message>
        <source>{path}: the encrypted copy did not hold the same rows; nothing was changed.</source>
        <translation>{path}: зашифрована копія не містила тих самих рядків; нічого не змінено.</translation>
    </message>
    <message>
        <source>{path} is not encrypted; `exchange-desk encrypt` encrypts it.</source>
        <translation>{path} не зашифровано; `exchange-desk encrypt` її зашифрує.</translation>
    </message>
    <message>
        <source>does not follow the entry before it (one was removed, inserted or moved)</source>
        <extracomment>English, marked for translation: `translate(&quot;integrity&quot;, problem)`.</extracomment>
        <translation>не йде за попереднім записом (якийсь запис видалено, вставлено або переміщено)</translation>
    </message>
    <message>
        <source>was changed after it was written</source>
        <translation>змінено після того, як його записали</translation>
    </message>
    <message>
        <source>integrity: {problem}</source>
        <extracomment>The database&apos;s passphrase, for scripts (SQLCipher; without it a command asks in a terminal, the app in a dialog). Set to 1 to make a new database unencrypted (a disk encrypted as a whole, a machine for tests); a new database is encrypted otherwise. Execution option that makes a transaction take the write lock up front (BEGIN IMMEDIATE), so two writers queue on busy_timeout instead of one failing halfway when it upgrades its read lock. SQLCipher 4&apos;s own key derivation (its defaults): PBKDF2-HMAC-SHA512 over the passphrase and the 16 random bytes that begin the file. Salts drawn for files not made yet, so that a new database&apos;s key is derived once too (SQLCipher takes the salt given beside a raw key). Derivations started ahead (`derive_ahead`), by passphrase and salt. Pages of a new database. SQLite&apos;s default of 4 KB holds one history entry of an imported round per page (most are over 2 KB) and leaves the rest empty; 16 KB pages hold seven. Measured on an import of 20,000 rounds: 280 MB written at 4 KB, 247 MB at 16 KB, and the whole import 0.6 s faster (0.4 s at 8 KB). Set before the first table; an existing file keeps its own. In WAL mode every connection to a database holds a shared lock on one byte of its `-shm` file (the &quot;dead-man switch&quot; of SQLite&apos;s WAL-index format, byte 128) for as long as it is open.</extracomment>
        <translation>цілісність: {problem}</translation>
    </message>
    <message>
        <source>foreign key: a row of {table} (rowid {rowid}) refers to a missing {referenced_table}</source>
        <translation>зовнішній ключ: рядок таблиці {table} (rowid {rowid}) посилається на відсутній запис таблиці {referenced_table}</translation>
    </message>
    <message>
        <source>the history&apos;s protection {name} is missing</source>
        <extracomment>The SQLite triggers, as SQLite keeps their text. The PostgreSQL trigger (one per table, `{table}_append_only` but the history&apos;s own) and their function&apos;s body. The server&apos;s role guards (migration 0011, PostgreSQL only). The security-definer functions through which logins write history. The schema revision that made them: older databases have none yet.</extracomment>
        <translation>захисту історії {name} немає</translation>
    </message>
    <message>
        <source>the history&apos;s protection {name} was replaced by another</source>
        <translation>захист історії {name} замінено іншим</translation>
    </message>
    <message>
        <source>a trigger this release does not make is in the database: {name}</source>
        <translation>у базі даних є тригер, якого ця версія не створює: {name}</translation>
    </message>
    <message>
        <source>the history&apos;s protection {name} is disabled</source>
        <translation>захист історії {name} вимкнено</translation>
    </message>
    <message>
        <source>a figure of round {round_id} is not what its signed history says</source>
        <extracomment>Rounds named in a problem. The round&apos;s figures for several movements together, as written; its operation; each source&apos;s stage (what its figures count for).</extracomment>
        <translation>цифра раунду {round_id} не така, як каже його підписана історія</translation>
    </message>
    <message>
        <source>what a source of round {round_id} reports (handed over or agreed) is not what its signed history says</source>
        <translation>те, про що повідомляє джерело раунду {round_id} (передано чи домовлено), не таке, як каже його підписана історія</translation>
    </message>
    <message>
        <source>the operation of round {round_id} is not what its signed history says</source>
        <translation>операція раунду {round_id} не така, як каже його підписана історія</translation>
    </message>
    <message>
        <source>a figure for several movements together of round {round_id} is not what its signed history says</source>
        <translation>показник для кількох переміщень разом у раунді {round_id} не такий, як каже його підписана історія</translation>
    </message>
    <message>
        <source>history entries of round {round_id} (seal {seal}) are missing: they were removed</source>
        <translation>записи історії раунду {round_id} (печатка {seal}) відсутні: їх вилучено</translation>
    </message>
    <message>
        <source>history entries of round {round_id} received from another laptop are missing or changed</source>
        <translation>записи історії раунду {round_id}, отримані з іншого ноутбука, відсутні або змінені</translation>
    </message>
    <message>
        <source>history entry {number} of round {round_id} is not sealed by anyone&apos;s key: it was added outside the program</source>
        <translation>запис історії {number} раунду {round_id} не скріплено нічиїм ключем: його додано поза програмою</translation>
    </message>
    <message numerus="yes">
        <source>%n history entries were written before histories were signed (an earlier release); they are checked by their chain only</source>
        <translation>
            <numerusform>%n запис історії зроблено до підписування історії (попередній випуск); його перевірено лише за ланцюжком</numerusform>
            <numerusform>%n записи історії зроблено до підписування історії (попередній випуск); їх перевірено лише за ланцюжком</numerusform>
            <numerusform>%n записів історії зроблено до підписування історії (попередній випуск); їх перевірено лише за ланцюжком</numerusform>
        </translation>
    </message>
    <message>
        <source>history entry {number} of round {round_id} names a seal that is not there</source>
        <translation>запис історії {number} раунду {round_id} посилається на печатку, якої немає</translation>
    </message>
    <message>
        <source>the seal of history entry {number} (round {round_id}) is not a signature by a known key: the entries were rewritten</source>
        <translation>печатка запису історії {number} (раунд {round_id}) не є підписом відомого ключа: записи переписано</translation>
    </message>
    <message>
        <source>history entries of round {round_id} differ from what {name} sealed: they were rewritten</source>
        <translation>записи історії раунду {round_id} відрізняються від скріплених {name}: їх переписано</translation>
    </message>
    <message>
        <source>history entries of round {round_id} that {name} sealed are missing: they were removed</source>
        <translation>записи історії раунду {round_id}, запечатані {name}, відсутні: їх вилучено</translation>
    </message>
    <message>
        <source>history entry {number} of round {round_id} ({action}) was sealed by {name}, whose role ({role}) does not allow it</source>
        <translation>запис історії {number} раунду {round_id} ({action}) скріпив {name}, чия роль ({role}) цього не дозволяє</translation>
    </message>
    <message>
        <source>the history holds entries sealed by a key not relied on here ({reason})</source>
        <translation>історія містить записи, скріплені ключем, якому тут не довіряють ({reason})</translation>
    </message>
    <message>
        <source>round {round_id} is marked {status}, but its signed history says {said}</source>
        <translation>раунд {round_id} позначено як {status}, але його підписана історія каже {said}</translation>
    </message>
    <message>
        <source>a resolution of round {round_id} is not what its signed history says</source>
        <translation>рішення в раунді {round_id} не таке, як каже його підписана історія</translation>
    </message>
    <message>
        <source>the sign-off of round {round_id} (amendment {amendment}) is not in its signed history</source>
        <translation>затвердження раунду {round_id} (редакція {amendment}) відсутнє в його підписаній історії</translation>
    </message>
    <message>
        <source>the sign-off of round {round_id} (amendment {amendment}) that its signed history holds is missing</source>
        <translation>затвердження раунду {round_id} (редакція {amendment}), яке містить його підписана історія, відсутнє</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>{option}: say whose key it is.</source>
        <translation>{option}: вкажіть, чий це ключ.</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: не вдається прочитати ({reason}).</translation>
    </message>
    <message>
        <source>{file}: is not an authority&apos;s certificate (PEM).</source>
        <extracomment>Keys unlocked in this process, so that a session asks once: (the key file&apos;s and certificate&apos;s digest, the passphrase&apos;s digest) → the actor. None while the request waits for the authority&apos;s certificate.</extracomment>
        <translation>{file}: це не сертифікат центру сертифікації (PEM).</translation>
    </message>
    <message>
        <source>{file}: is a person&apos;s certificate, not an authority&apos;s; install it with {command}.</source>
        <translation>{file}: це сертифікат людини, а не центру; установіть його командою {command}.</translation>
    </message>
    <message>
        <source>{file}: {reason}.</source>
        <translation>{file}: {reason}.</translation>
    </message>
    <message>
        <source>{option}: {name} already has a key here.</source>
        <translation>{option}: {name} уже має тут ключ.</translation>
    </message>
    <message>
        <source>{file}: {reason}; trust the office authority first ({command}).</source>
        <translation>{file}: {reason}; спершу довіртеся центру сертифікації офісу ({command}).</translation>
    </message>
    <message>
        <source>{file}: certifies a key that is not on this laptop.</source>
        <translation>{file}: засвідчує ключ, якого немає на цьому ноутбуці.</translation>
    </message>
    <message>
        <source>No one&apos;s key is installed here, and acting takes one; see `exchange-desk keys --help` (a person alone: `exchange-desk keys solo --name NAME`).</source>
        <translation>Тут не встановлено нічийого ключа, а для дій він потрібен; див. `exchange-desk keys --help` (для однієї людини: `exchange-desk keys solo --name ІМ’Я`).</translation>
    </message>
    <message>
        <source>{variable}: there is no key for {name} here.</source>
        <translation>{variable}: тут немає ключа для {name}.</translation>
    </message>
    <message>
        <source>{count} people have keys here ({names}); name who acts with {variable}.</source>
        <translation>Ключі тут мають {count} людей ({names}); укажіть, хто діє, через {variable}.</translation>
    </message>
    <message>
        <source>{name}&apos;s key cannot act: {reason}.</source>
        <translation>Ключ {name} не може діяти: {reason}.</translation>
    </message>
    <message>
        <source>The passphrase for {name}&apos;s key is wrong.</source>
        <translation>Парольна фраза до ключа {name} неправильна.</translation>
    </message>
    <message>
        <source>This machine already holds an authority; nothing was made.</source>
        <translation>На цьому комп’ютері вже є центр сертифікації; нічого не створено.</translation>
    </message>
    <message>
        <source>This installation trusts {authority}: an authority made here would certify people no one there trusts; make it on the head-office machine.</source>
        <translation>Ця інсталяція довіряє центру {authority}: центр, створений тут, засвідчував би людей, яким там ніхто не довіряє; створіть його на комп’ютері головного офісу.</translation>
    </message>
    <message>
        <source>This machine holds no authority: only the machine where `exchange-desk authority init` was run can certify or revoke.</source>
        <translation>На цьому комп’ютері немає центру сертифікації: засвідчувати й відкликати може лише комп’ютер, де виконано `exchange-desk authority init`.</translation>
    </message>
    <message>
        <source>The authority&apos;s passphrase is wrong; nothing was certified.</source>
        <translation>Парольна фраза центру сертифікації неправильна; нічого не засвідчено.</translation>
    </message>
    <message>
        <source>The authority&apos;s passphrase must differ from the person&apos;s; nothing was made.</source>
        <translation>Парольна фраза центру має відрізнятися від парольної фрази людини; нічого не створено.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>Парольна фраза має містити щонайменше 8 символів.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>exchange</source>
        <translation>обмін</translation>
    </message>
    <message>
        <source>without exchange</source>
        <translation>без обміну</translation>
    </message>
    <message>
        <source>custody transfer</source>
        <translation>передача під варту</translation>
    </message>
    <message>
        <source>remains</source>
        <translation>останки</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>чернетка</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>на перевірці</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>затверджено</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>точно</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>приблизно</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>щонайменше</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>щонайбільше</translation>
    </message>
    <message>
        <source>error</source>
        <translation>помилка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>попередження</translation>
    </message>
    <message>
        <source>info</source>
        <translation>інформація</translation>
    </message>
    <message>
        <source>sources disagree</source>
        <translation>джерела розходяться</translation>
    </message>
    <message>
        <source>categories exceed the total</source>
        <translation>категорії перевищують загальну кількість</translation>
    </message>
    <message>
        <source>categories do not add up</source>
        <translation>категорії не сходяться із загальною кількістю</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>не підтверджено</translation>
    </message>
    <message>
        <source>directions differ</source>
        <translation>напрямки різняться</translation>
    </message>
    <message>
        <source>conflicting import</source>
        <translation>конфлікт злиття</translation>
    </message>
    <message>
        <source>part larger than its whole</source>
        <translation>частина більша за ціле</translation>
    </message>
    <message>
        <source>agreed differs from delivered</source>
        <translation>домовлене відрізняється від переданого</translation>
    </message>
    <message>
        <source>combined figure does not add up</source>
        <translation>спільний показник не сходиться</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>передано</translation>
    </message>
    <message>
        <source>agreed or announced</source>
        <translation>домовлено чи оголошено</translation>
    </message>
    <message>
        <source>agreed for the operation</source>
        <translation>домовлено для операції</translation>
    </message>
    <message>
        <source>party</source>
        <translation>сторона</translation>
    </message>
    <message>
        <source>independent</source>
        <translation>незалежне</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>{from_party} → {to_party}, {kind}</source>
        <translation>{from_party} → {to_party}, {kind}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} і {last}</translation>
    </message>
    <message>
        <source>round created</source>
        <extracomment>What a history entry did, in words (the history keeps action and entity).</extracomment>
        <translation>раунд створено</translation>
    </message>
    <message>
        <source>round changed</source>
        <translation>раунд змінено</translation>
    </message>
    <message>
        <source>figure added</source>
        <translation>показник додано</translation>
    </message>
    <message>
        <source>figure changed</source>
        <translation>показник змінено</translation>
    </message>
    <message>
        <source>figure deleted</source>
        <translation>показник видалено</translation>
    </message>
    <message>
        <source>merge conflict found</source>
        <translation>виявлено конфлікт злиття</translation>
    </message>
    <message>
        <source>discrepancy resolved</source>
        <translation>розбіжність врегульовано</translation>
    </message>
    <message>
        <source>resolution ended</source>
        <translation>рішення втратило чинність</translation>
    </message>
    <message>
        <source>round signed off</source>
        <translation>раунд затверджено</translation>
    </message>
    <message>
        <source>round reopened</source>
        <translation>раунд відкрито знову</translation>
    </message>
    <message>
        <source>duplicate rounds merged</source>
        <translation>раунди-дублікати об&apos;єднано</translation>
    </message>
    <message>
        <source>history received from another laptop</source>
        <translation>історію отримано з іншого ноутбука</translation>
    </message>
    <message>
        <source>edit refused (changed meanwhile)</source>
        <translation>зміну відхилено (тим часом змінено)</translation>
    </message>
    <message>
        <source>No figures are recorded for this round: no rule had anything to check.</source>
        <translation>Для цього раунду не внесено жодного показника: правилам не було що перевіряти.</translation>
    </message>
    <message>
        <source>No source gives a total for {movement}, only parts (from {sources}): these people are counted in no total, and no rule could check them as one number.</source>
        <translation>Жодне джерело не наводить загальної кількості для {movement}, лише частини (від: {sources}): цих людей не враховано в жодному підсумку, і жодне правило не могло перевірити їх як одне число.</translation>
    </message>
    <message>
        <source>The total of {movement} for {source} is derived: the sum of its {category_set} categories, not a number the source stated.</source>
        <translation>Загальна кількість для {movement} за джерелом {source} виведена: це сума його категорій набору «{category_set}», а не число, яке назвало джерело.</translation>
    </message>
    <message>
        <source>The sources&apos; totals for {movement} differ ({sources}), but as approximations or bounds that no rule can hold against each other: the total stays a range.</source>
        <translation>Загальні кількості джерел для {movement} різняться ({sources}), але як наближення чи межі, які жодне правило не може протиставити одна одній: підсумок лишається проміжком.</translation>
    </message>
    <message>
        <source>{source} gives categories of {movement} but no total of its own: its parts were checked against no total.</source>
        <translation>{source} наводить категорії для {movement}, але не власну загальну кількість: його частини не звірено з жодною загальною кількістю.</translation>
    </message>
    <message>
        <source>{source}&apos;s figure for {movements} together was not checked: it is approximate, or one of those movements has no total (or only an approximate one).</source>
        <translation>Показник {source} для {movements} разом не перевірено: він приблизний або одне з цих переміщень не має підсумку (чи має лише приблизний).</translation>
    </message>
    <message>
        <source>For {movement} only what was agreed or announced is recorded ({sources}): nothing says how many were handed over, so it is counted in no total.</source>
        <translation>Для {movement} записано лише домовлене чи оголошене ({sources}): ніщо не каже, скільки людей передано, тож це не враховано в жодному підсумку.</translation>
    </message>
    <message>
        <source>{source}&apos;s total for {movement} is approximate: its categories were not checked against it.</source>
        <translation>Загальна кількість джерела {source} для {movement} приблизна: його категорії з нею не звірено.</translation>
    </message>
    <message>
        <source>Only one source, {source}, accounts for the total of {movement}: no other source was compared with it.</source>
        <translation>Загальну кількість для {movement} дає лише одне джерело, {source}: її не було з чим порівняти.</translation>
    </message>
    <message>
        <source>None: the sources agree, every breakdown fits and every total is verified.</source>
        <extracomment>What a round with no discrepancy and no caveat may claim.</extracomment>
        <translation>Немає: джерела узгоджуються, кожен розподіл сходиться і кожну загальну кількість підтверджено.</translation>
    </message>
    <message>
        <source>None found; what the rules could not check is said below.</source>
        <extracomment>What a round with no discrepancy but some caveat may claim.</extracomment>
        <translation>Не знайдено; що правила не змогли перевірити, сказано нижче.</translation>
    </message>
    <message>
        <source>accepted by the supervisor</source>
        <translation>прийнято керівником</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>спірне</translation>
    </message>
    <message>
        <source>derived from categories</source>
        <translation>виведено з категорій</translation>
    </message>
    <message>
        <source>“{title}” ({date})</source>
        <translation>«{title}» ({date})</translation>
    </message>
    <message>
        <source>{rule} ({where})</source>
        <translation>{rule} ({where})</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>керівник</translation>
    </message>
    <message>
        <source>liaison</source>
        <translation>зв’язковий</translation>
    </message>
    <message>
        <source>recording rounds and figures</source>
        <translation>записування раундів і цифр</translation>
    </message>
    <message>
        <source>resolving, signing off and reopening</source>
        <translation>вирішення, затвердження і повторне відкриття</translation>
    </message>
    <message>
        <source>No key is unlocked, so nothing can be recorded: Exchange Desk records who acts with a personal key, unlocked at start (Tools › Keys…).</source>
        <translation>Жоден ключ не розблоковано, тож нічого не можна записати: Exchange Desk записує, хто діє, особистим ключем, який розблоковують під час запуску (Інструменти › Ключі…).</translation>
    </message>
    <message>
        <source>a supervisor</source>
        <translation>керівника</translation>
    </message>
    <message>
        <source>a coordinator or a supervisor</source>
        <translation>координатора або керівника</translation>
    </message>
    <message>
        <source>{name}&apos;s key is certified as {role}, and {doing} takes the key of {roles}.</source>
        <translation>Ключ {name} засвідчено для ролі «{role}», а {doing} потребує ключа {roles}.</translation>
    </message>
    <message>
        <source>{name}&apos;s key is certified as {role}, which may not do this ({action} {entity}); nothing was written.</source>
        <extracomment>Where the seal puts entries that belong to no round. An entry&apos;s own fields: what its hashes and its seal cover. Where a transaction keeps the head it last wrote (Connection.info).</extracomment>
        <translation>Ключ {name} засвідчено для ролі «{role}», якій це не дозволено ({action} {entity}); нічого не записано.</translation>
    </message>
</context>
<context>
    <name>perform</name>
    <message>
        <source>Not done</source>
        <translation>Не виконано</translation>
    </message>
    <message>
        <source>Database opened again</source>
        <translation>Базу даних відкрито знову</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>DRAFT — not signed off</source>
        <extracomment>The frame&apos;s own padding, inside the margins. The width flowables have: the page less its margins and the frame&apos;s padding. The height a flowable has on an empty page (the frame&apos;s padding aside).</extracomment>
        <translation>ЧЕРНЕТКА — не затверджено</translation>
    </message>
    <message>
        <source>{date}, {time} UTC</source>
        <extracomment>The least height (points) of a piece of a table row split across pages. A web address in a citation: up to the next space, quote or angle bracket. Where a web address may break across lines: after these, never inside a word.</extracomment>
        <translation>{date}, {time} UTC</translation>
    </message>
    <message>
        <source>includes a total derived from a source&apos;s categories: no source stated it as a number</source>
        <extracomment>Appended to a value that holds a derived total, with a note saying so.</extracomment>
        <translation>містить загальну кількість, виведену з категорій джерела: жодне джерело не назвало її числом</translation>
    </message>
    <message>
        <source>Generated {moment}</source>
        <translation>Створено {moment}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Сторінка {page} з {pages}</translation>
    </message>
    <message>
        <source>range: sources disagree and a supervisor has not yet accepted a value</source>
        <translation>проміжок: джерела розходяться, а керівник ще не прийняв значення</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) in the period; {waiting} not yet signed off.</source>
        <translation>
            <numerusform>%n раунд за період; ще не затверджено: {waiting}.</numerusform>
            <numerusform>%n раунди за період; ще не затверджено: {waiting}.</numerusform>
            <numerusform>%n раундів за період; ще не затверджено: {waiting}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Period report</source>
        <translation>Звіт за період</translation>
    </message>
    <message>
        <source>Exchanges from {start} to {end}</source>
        <translation>Обміни з {start} по {end}</translation>
    </message>
    <message>
        <source>Exchanges from {start} on</source>
        <translation>Обміни з {start}</translation>
    </message>
    <message>
        <source>Exchanges up to {end}</source>
        <translation>Обміни по {end} включно</translation>
    </message>
    <message>
        <source>Exchanges: all dates</source>
        <translation>Обміни: за весь час</translation>
    </message>
    <message>
        <source>~ approximate, ≥ at least, ≤ at most: a total with such a term carries it.</source>
        <translation>~ приблизно, ≥ щонайменше, ≤ щонайбільше: сума з таким доданком має ту саму позначку.</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Підсумки</translation>
    </message>
    <message>
        <source>No rounds in this period.</source>
        <translation>За цей період раундів немає.</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Усі сторони</translation>
    </message>
    <message>
        <source>People received by each party</source>
        <translation>Отримано людей кожною стороною</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>People received</source>
        <translation>Отримано людей</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Усі види</translation>
    </message>
    <message>
        <source>People moved by kind, both directions</source>
        <translation>Переміщено людей за видами, в обох напрямках</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>People moved</source>
        <translation>Переміщено людей</translation>
    </message>
    <message>
        <source>Of which {kind}: {value}, counted within another movement&apos;s total as its sources said.</source>
        <translation>З них {kind}: {value}, враховано в загальній кількості іншого переміщення, як сказали джерела.</translation>
    </message>
    <message>
        <source>Remains received by each party (counted apart from people)</source>
        <translation>Отримано останків кожною стороною (окремо від людей)</translation>
    </message>
    <message>
        <source>Remains received</source>
        <translation>Отримано останків</translation>
    </message>
    <message>
        <source>no mediator</source>
        <translation>без посередника</translation>
    </message>
    <message>
        <source>People moved by mediator, in the rounds each mediated</source>
        <translation>Переміщено людей за посередниками, у раундах за участю кожного з них</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Посередник</translation>
    </message>
    <message>
        <source>A round with several mediators counts under each of them.</source>
        <translation>Раунд із кількома посередниками враховано в кожного з них.</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Наростаючий підсумок</translation>
    </message>
    <message>
        <source>the first round on record ({date})</source>
        <translation>першого раунду в записах ({date})</translation>
    </message>
    <message>
        <source>the first round on record</source>
        <translation>першого раунду в записах</translation>
    </message>
    <message>
        <source>the end of the period ({date})</source>
        <translation>кінця періоду ({date})</translation>
    </message>
    <message>
        <source>now</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>People moved in every round from {since} to {until}: {total}</source>
        <translation>Переміщено людей в усіх раундах від {since} до {until}: {total}</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>People received by each party, by year</source>
        <translation>Отримано людей кожною стороною, за роками</translation>
    </message>
    <message>
        <source>Open discrepancies</source>
        <translation>Відкриті розбіжності</translation>
    </message>
    <message>
        <source>No discrepancy is open in the rounds of the period.</source>
        <translation>У раундах періоду немає відкритих розбіжностей.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важливість</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Раунди</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Операції</translation>
    </message>
    <message>
        <source>Rounds that carry out one agreement. What was agreed for the whole operation against the sum of what its rounds in the period handed over.</source>
        <translation>Раунди, що виконують одну домовленість. Домовлене для всієї операції проти суми переданого в її раундах за період.</translation>
    </message>
    <message>
        <source>differs from the agreement</source>
        <translation>відрізняється від домовленого</translation>
    </message>
    <message>
        <source>Operation and its rounds</source>
        <translation>Операція та її раунди</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Домовлено</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Received by each party</source>
        <translation>Отримано кожною стороною</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Rounds not yet signed off</source>
        <translation>Ще не затверджені раунди</translation>
    </message>
    <message>
        <source>Every round of the period is signed off.</source>
        <translation>Усі раунди періоду затверджено.</translation>
    </message>
    <message>
        <source>There are no rounds in the period.</source>
        <translation>У періоді немає раундів.</translation>
    </message>
    <message>
        <source>No people moved in the rounds of this period.</source>
        <translation>У раундах цього періоду люди не переміщувалися.</translation>
    </message>
    <message>
        <source>Each bar is the people moved in the month&apos;s rounds, both directions and every kind, in the colour of the party that received them. Where sources disagree and no value has been accepted, the bar shows the high end of the range (lighter). Months without rounds have no bar.</source>
        <translation>Кожен стовпчик — це люди, переміщені в раундах місяця, в обох напрямках і всіх видів, кольором сторони, яка їх отримала. Де джерела розходяться, а значення ще не прийнято, стовпчик показує верхню межу проміжку (світліше). Місяці без раундів не мають стовпчика.</translation>
    </message>
    <message>
        <source>Round id</source>
        <translation>Ідентифікатор раунду</translation>
    </message>
    <message>
        <source>People moved per month</source>
        <extracomment>One colour per party that received people, in the legend&apos;s order.</extracomment>
        <translation>Переміщено людей за місяцями</translation>
    </message>
    <message>
        <source>people</source>
        <translation>людей</translation>
    </message>
    <message numerus="yes">
        <source>A label every %n month(s).</source>
        <translation>
            <numerusform>Підпис через кожен %n місяць.</numerusform>
            <numerusform>Підпис через кожні %n місяці.</numerusform>
            <numerusform>Підпис через кожні %n місяців.</numerusform>
        </translation>
    </message>
    <message>
        <source>the sources&apos; figures cannot all be true</source>
        <extracomment>Sources side by side in one breakdown table; more continue in the next. What each rule means, under its name (the names are desktop.labels&apos;).</extracomment>
        <translation>показники джерел не можуть усі бути правильними</translation>
    </message>
    <message>
        <source>one source&apos;s categories add up to more than its own total</source>
        <translation>категорії одного джерела в сумі перевищують його власну загальну кількість</translation>
    </message>
    <message>
        <source>the categories of an exhaustive set do not add up to the source&apos;s total</source>
        <translation>категорії вичерпного набору в сумі не дорівнюють загальній кількості джерела</translation>
    </message>
    <message>
        <source>the total is reported only from one party&apos;s side</source>
        <translation>загальну кількість повідомляє лише одна сторона</translation>
    </message>
    <message>
        <source>the two directions of the exchange differ; shown as information, not as an error</source>
        <translation>два напрямки обміну різняться; показано як інформацію, а не як помилку</translation>
    </message>
    <message>
        <source>an imported file disagrees with the figures held here</source>
        <translation>імпортований файл розходиться з показниками, що зберігаються тут</translation>
    </message>
    <message>
        <source>a total said to be part of another movement is larger than that movement&apos;s total</source>
        <translation>загальна кількість, названа частиною іншого переміщення, більша за загальну кількість того переміщення</translation>
    </message>
    <message>
        <source>what was agreed or announced differs from what the sources say was handed over</source>
        <translation>домовлене чи оголошене відрізняється від того, що, за джерелами, було передано</translation>
    </message>
    <message>
        <source>Round summary</source>
        <extracomment>The citation column of a movement&apos;s table, and the text&apos;s width inside it.</extracomment>
        <translation>Підсумок раунду</translation>
    </message>
    <message>
        <source>no source gives a total</source>
        <translation>жодне джерело не наводить загальної кількості</translation>
    </message>
    <message>
        <source>{value}, accepted by the supervisor</source>
        <translation>{value}, прийнято керівником</translation>
    </message>
    <message>
        <source>sources disagree: {value}, not yet resolved</source>
        <translation>джерела розходяться: {value}, ще не врегульовано</translation>
    </message>
    <message>
        <source>{value}, derived from categories (no source states it)</source>
        <translation>{value}, виведено з категорій (жодне джерело її не називає)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source>Third parties</source>
        <translation>Треті сторони</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Посередники</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Відбиток</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>of which: part of {movement}, counted there</source>
        <translation>з них: частина переміщення {movement}, враховано там</translation>
    </message>
    <message>
        <source>of which: part of {movement} (which has no total)</source>
        <translation>з них: частина переміщення {movement} (яке не має загальної кількості)</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Переміщення</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Усього</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Переміщення</translation>
    </message>
    <message>
        <source>Of which: part of {movement}.</source>
        <translation>З них: частина переміщення {movement}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Примітка: {note}</translation>
    </message>
    <message>
        <source>Derived: the sum of its {category_set} categories (the source states no total).</source>
        <translation>Виведено: сума його категорій набору «{category_set}» (джерело не називає загальної кількості).</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>a source&apos;s figure for several movements together is not the sum of their totals</source>
        <translation>показник джерела для кількох переміщень разом не дорівнює сумі їхніх підсумків</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операція</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Належність</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <source>For the movements together</source>
        <translation>Для переміщень разом</translation>
    </message>
    <message>
        <source>Figures for several movements together</source>
        <translation>Показники для кількох переміщень разом</translation>
    </message>
    <message>
        <source>Each is held against the sum of its movements&apos; totals and counted in none.</source>
        <translation>Кожен порівнюється із сумою підсумків своїх переміщень і не входить до жодного підсумку.</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Хто вніс</translation>
    </message>
    <message>
        <source>No source gives a total for this movement.</source>
        <translation>Жодне джерело не наводить загальної кількості для цього переміщення.</translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation>Усього: {total}</translation>
    </message>
    <message>
        <source>exhaustive: the categories should add up to the total</source>
        <translation>вичерпний: сума категорій має дорівнювати загальній кількості</translation>
    </message>
    <message>
        <source>not exhaustive</source>
        <translation>не вичерпний</translation>
    </message>
    <message>
        <source>Breakdown by {category_set}</source>
        <translation>Розподіл за набором «{category_set}»</translation>
    </message>
    <message>
        <source>The source&apos;s total</source>
        <translation>Усього за джерелом</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Breakdown by {category_set}, continued</source>
        <translation>Розподіл за набором «{category_set}» (продовження)</translation>
    </message>
    <message>
        <source>the source&apos;s total</source>
        <translation>усього за джерелом</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>all of them together</source>
        <translation>усі разом</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Напрямок</translation>
    </message>
    <message>
        <source>{source} (derived from its {category_set} categories)</source>
        <translation>{source} (виведено з його категорій набору «{category_set}»)</translation>
    </message>
    <message>
        <source>one figure for them together</source>
        <translation>один показник для них разом</translation>
    </message>
    <message>
        <source>the totals of both directions</source>
        <translation>загальні кількості обох напрямків</translation>
    </message>
    <message>
        <source>category {category_set} / {category}</source>
        <translation>категорія {category_set} / {category}</translation>
    </message>
    <message>
        <source>categories of {category_set}</source>
        <translation>категорії набору {category_set}</translation>
    </message>
    <message>
        <source>total</source>
        <translation>усього</translation>
    </message>
    <message>
        <source>as reported by {source}</source>
        <translation>за даними джерела {source}</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Рішення:</translation>
    </message>
    <message>
        <source>open (information only, nothing to resolve)</source>
        <translation>відкрито (лише для інформації, врегульовувати нічого)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>відкрито</translation>
    </message>
    <message>
        <source>resolved by {person}.</source>
        <translation>врегульовано ({person}).</translation>
    </message>
    <message>
        <source>resolved by {person}; accepted value {value}, which no source reported.</source>
        <translation>вирішив(ла) {person}; прийняте значення {value}, якого не повідомляло жодне джерело.</translation>
    </message>
    <message>
        <source>resolved by {person}; accepted value {value}.</source>
        <translation>врегульовано ({person}); прийняте значення {value}.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примітка:</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n помилка</numerusform>
            <numerusform>%n помилки</numerusform>
            <numerusform>%n помилок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n попередження</numerusform>
            <numerusform>%n попередження</numerusform>
            <numerusform>%n попереджень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n information</source>
        <translation>
            <numerusform>%n інформаційна</numerusform>
            <numerusform>%n інформаційні</numerusform>
            <numerusform>%n інформаційних</numerusform>
        </translation>
    </message>
    <message>
        <source>What the rules could not check</source>
        <translation>Що правила не змогли перевірити</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Розбіжності</translation>
    </message>
    <message numerus="yes">
        <source>%n found: {found}. Still open: {still_open}.</source>
        <translation>
            <numerusform>Знайдено %n розбіжність: {found}. Ще відкрито: {still_open}.</numerusform>
            <numerusform>Знайдено %n розбіжності: {found}. Ще відкрито: {still_open}.</numerusform>
            <numerusform>Знайдено %n розбіжностей: {found}. Ще відкрито: {still_open}.</numerusform>
        </translation>
    </message>
    <message>
        <source>“Directions differ” (the imbalance rule) is information, not an error: the two directions of an exchange may differ by agreement.</source>
        <translation>«Напрямки різняться» (правило дисбалансу) — це інформація, а не помилка: два напрямки обміну можуть різнитися за домовленістю.</translation>
    </message>
    <message>
        <source>information (not an error)</source>
        <translation>інформація (не помилка)</translation>
    </message>
    <message>
        <source>Spread:</source>
        <translation>Розкид:</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Затвердження</translation>
    </message>
    <message>
        <source>No supervisor has signed this round off; its figures and resolutions may still change. A signed summary carries the supervisor&apos;s digital signature.</source>
        <translation>Жоден керівник ще не затвердив цей раунд; його показники й рішення ще можуть змінитися. Підписаний підсумок містить цифровий підпис керівника.</translation>
    </message>
    <message>
        <source>Fingerprint now</source>
        <translation>Відбиток зараз</translation>
    </message>
    <message>
        <source>Signed off by {signer} on {moment} (amendment {amendment})</source>
        <translation>Затверджено: {signer}, {moment} (редакція {amendment})</translation>
    </message>
    <message>
        <source>The round&apos;s content has changed since it was signed off: its fingerprint is now {fingerprint}.</source>
        <translation>Зміст раунду змінився після затвердження: його відбиток тепер {fingerprint}.</translation>
    </message>
    <message>
        <source>The fingerprint is the SHA-256 of the round&apos;s content as signed; any change to its figures or facts gives a different one.</source>
        <translation>Відбиток — це SHA-256 змісту раунду на момент підписання; будь-яка зміна його показників чи фактів дає інший відбиток.</translation>
    </message>
    <message>
        <source>Earlier sign-offs, superseded when the round was reopened</source>
        <translation>Попередні затвердження, скасовані, коли раунд відкрили знову</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Редакція</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Хто затвердив</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Коли підписано</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Причина повторного відкриття</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>The decision on “{rule}” ({movement}) was withdrawn in the meantime; it has been reloaded and nothing was overwritten.</source>
        <extracomment>`expected` not given: the resolution is set whatever holds now.</extracomment>
        <translation>Тим часом рішення щодо «{rule}» ({movement}) скасовано; дані оновлено, нічого не перезаписано.</translation>
    </message>
    <message>
        <source>The decision on “{rule}” ({movement}) was changed by {who} in the meantime; it has been reloaded and nothing was overwritten.</source>
        <translation>Тим часом рішення щодо «{rule}» ({movement}) змінив користувач {who}; дані оновлено, нічого не перезаписано.</translation>
    </message>
    <message>
        <source>{field}: say why this value is accepted.</source>
        <translation>{field}: вкажіть, чому прийнято це значення.</translation>
    </message>
    <message>
        <source>{field}: at most {maximum} characters.</source>
        <translation>{field}: щонайбільше {maximum} символів.</translation>
    </message>
    <message>
        <source>{field}: must be a whole number from 0 to {maximum}, not {value}.</source>
        <translation>{field}: має бути цілим числом від 0 до {maximum}; отримано {value}.</translation>
    </message>
    <message>
        <source>{key}: no such discrepancy in round {round_id}.</source>
        <translation>{key}: у раунді {round_id} такої розбіжності немає.</translation>
    </message>
    <message>
        <source>{key}: matches several discrepancies ({keys}); give more of the key.</source>
        <translation>{key}: відповідає кільком розбіжностям ({keys}); введіть довшу частину ключа.</translation>
    </message>
</context>
<context>
    <name>rounds</name>
    <message>
        <source>round {reference!r}: not a round id (ids are hexadecimal, like 6f1c2a3b).</source>
        <translation>раунд {reference!r}: це не ідентифікатор раунду (ідентифікатори шістнадцяткові, як-от 6f1c2a3b).</translation>
    </message>
    <message>
        <source>round {reference!r}: no round has an id starting with {prefix}.</source>
        <translation>раунд {reference!r}: немає раунду, ідентифікатор якого починається з {prefix}.</translation>
    </message>
    <message>
        <source>round {reference!r}: the prefix matches several rounds: {candidates} and more; type more of the id.</source>
        <translation>раунд {reference!r}: префікс відповідає кільком раундам: {candidates} та іншим; введіть довшу частину ідентифікатора.</translation>
    </message>
    <message>
        <source>round {reference!r}: the prefix matches several rounds: {candidates}; type more of the id.</source>
        <translation>раунд {reference!r}: префікс відповідає кільком раундам: {candidates}; введіть довшу частину ідентифікатора.</translation>
    </message>
</context>
<context>
    <name>sealed</name>
    <message>
        <source>A workbook cannot be sealed: it is written through temporary files on the disk, in clear. Seal an interchange file (.json) or a CSV; nothing was written.</source>
        <extracomment>At most this many recipients for one file.</extracomment>
        <translation>Книгу Excel не можна запечатати: вона записується через тимчасові файли на диску у відкритому вигляді. Запечатайте файл обміну (.json) або CSV; нічого не записано.</translation>
    </message>
    <message>
        <source>{name}&apos;s key cannot seal files (it is not an RSA key).</source>
        <translation>Ключем {name} не можна запечатувати файли (це не ключ RSA).</translation>
    </message>
    <message>
        <source>{file}: this sealed file does not open with {name}&apos;s key: it was sealed for other people, or it is damaged; nothing was imported.</source>
        <translation>{file}: цей запечатаний файл не відкривається ключем {name}: його запечатано для інших людей або пошкоджено; нічого не імпортовано.</translation>
    </message>
    <message>
        <source>{file}: sealed by {sender}, but {reason}; nothing was imported.</source>
        <translation>{file}: запечатав(-ла) {sender}, але {reason}; нічого не імпортовано.</translation>
    </message>
    <message>
        <source>{file}: the seal is broken: its content is not what its sender signed; nothing was imported.</source>
        <translation>{file}: печатку порушено: вміст не той, що підписав відправник; нічого не імпортовано.</translation>
    </message>
</context>
<context>
    <name>server</name>
    <message>
        <source>{database} is an SQLite file: roles are a server&apos;s (name one with --db or EXCHANGE_DESK_DB).</source>
        <translation>{database} — це файл SQLite: ролі є в сервера (укажіть його через --db або EXCHANGE_DESK_DB).</translation>
    </message>
    <message>
        <source>Only the database&apos;s owner may set up its roles; connect as the owner.</source>
        <translation>Налаштовувати ролі може лише власник бази даних; підключіться як власник.</translation>
    </message>
    <message>
        <source>{login}: a login is lower-case letters, digits and _ (at most 63), starting with a letter.</source>
        <translation>{login}: логін складається з малих літер, цифр і _ (до 63), і починається з літери.</translation>
    </message>
    <message>
        <source>The login&apos;s password must have at least 12 characters.</source>
        <translation>Пароль логіна має містити щонайменше 12 символів.</translation>
    </message>
    <message>
        <source>The owner&apos;s login may not create roles; give it CREATEROLE (or run this as a superuser).</source>
        <translation>Логін власника не може створювати ролі; надайте йому CREATEROLE (або виконайте це як суперкористувач).</translation>
    </message>
</context>
<context>
    <name>signoff</name>
    <message>
        <source>{option}: say why the round is reopened.</source>
        <translation>{option}: вкажіть, чому раунд відкривається знову.</translation>
    </message>
    <message>
        <source>{option}: at most {maximum} characters.</source>
        <translation>{option}: щонайбільше {maximum} символів.</translation>
    </message>
    <message>
        <source>The round {round} is already signed off (amendment {amendment}).</source>
        <extracomment>The copy kept beside an unencrypted database (None: kept inside it only). A round&apos;s fields that decide what its figures count for: who takes part, who speaks for whom and whether they report what was handed over or agreed, the categories and whether they must add up, the operation and the figures for several movements together. Whoever changes one has changed what a sign-off vouches for, as much as a figure.</extracomment>
        <translation>Раунд {round} уже затверджено (редакція {amendment}).</translation>
    </message>
    <message>
        <source>The round {round} is a draft; submit it for review before signing it off.</source>
        <translation>Раунд {round} — чернетка; подайте його на перевірку, перш ніж затверджувати.</translation>
    </message>
    <message numerus="yes">
        <source>The round {round} has %n open error(s): {errors}; resolve them first.</source>
        <translation>
            <numerusform>Раунд {round} має %n відкриту помилку: {errors}; спершу врегулюйте її.</numerusform>
            <numerusform>Раунд {round} має %n відкриті помилки: {errors}; спершу врегулюйте їх.</numerusform>
            <numerusform>Раунд {round} має %n відкритих помилок: {errors}; спершу врегулюйте їх.</numerusform>
        </translation>
    </message>
    <message>
        <source>The round {round} is signed off (amendment {amendment}), but its signed summary could not be written ({reason}); {command} writes it again.</source>
        <translation>Раунд {round} затверджено (редакція {amendment}), але його підписаний підсумок не вдалося записати ({reason}); {command} запише його знову.</translation>
    </message>
    <message>
        <source>The round {round} is not signed off; it has no signed summary.</source>
        <translation>Раунд {round} не затверджено; підписаного підсумку в нього немає.</translation>
    </message>
    <message>
        <source>The round {round} was signed off by an earlier release, which kept its signed summary only as a file (among the signed copies in the data folder).</source>
        <translation>Раунд {round} затвердила попередня версія програми, яка зберегла його підписаний підсумок лише як файл (серед підписаних копій у теці даних).</translation>
    </message>
    <message>
        <source>{person} entered or changed figures or resolutions of the round {round} since its last sign-off; another supervisor must sign it off (four eyes).</source>
        <translation>{person} вводив або змінював цифри чи рішення раунду {round} після його останнього затвердження; затвердити його має інший керівник (принцип чотирьох очей).</translation>
    </message>
    <message>
        <source>The round {round} is not signed off; there is nothing to reopen.</source>
        <translation>Раунд {round} не затверджено; повторно відкривати нічого.</translation>
    </message>
    <message>
        <source>{file}: {signature}; but it carries no evidence of the round&apos;s content and history (made by an earlier release, or outside Exchange Desk): verify it against the database that signed it off.</source>
        <translation>{file}: {signature}; але він не містить доказів вмісту й історії раунду (створений попереднім випуском або поза Exchange Desk): перевірте його за базою даних, де його затвердили.</translation>
    </message>
    <message>
        <source>{file}: {signature}; but {problem}.</source>
        <translation>{file}: {signature}; але {problem}.</translation>
    </message>
    <message>
        <source>{file}: genuine: {signature}; fingerprint {fingerprint}; {verified}.</source>
        <translation>{file}: справжній: {signature}; відбиток {fingerprint}; {verified}.</translation>
    </message>
    <message>
        <source>{file}: is not a readable PDF.</source>
        <translation>{file}: це не PDF, який можна прочитати.</translation>
    </message>
    <message>
        <source>{file}: is not signed; it is a draft or an unsigned copy, not a signed summary.</source>
        <translation>{file}: файл не підписано; це чернетка або непідписана копія, а не підписаний підсумок раунду.</translation>
    </message>
    <message>
        <source>{file}: was changed after it was signed; the signature no longer matches its content.</source>
        <translation>{file}: файл змінено після підписання; підпис більше не відповідає його вмісту.</translation>
    </message>
    <message>
        <source>{file}: has content added after its signature; only the signed part is genuine.</source>
        <translation>{file}: після підпису до файлу додано вміст; справжня лише підписана частина.</translation>
    </message>
    <message>
        <source>{file}: is signed by {signer}, whose certificate no trusted authority issued (pass the signing authority&apos;s certificate with --trust).</source>
        <translation>{file}: підписант — {signer}, але його сертифікат не видав жоден довірений центр сертифікації (передайте сертифікат центру сертифікації через --trust).</translation>
    </message>
    <message>
        <source>{file}: is signed, but is not an Exchange Desk summary.</source>
        <translation>{file}: файл підписано, але це не підсумок Exchange Desk.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>невідомий час</translation>
    </message>
    <message>
        <source>round {round_id}, amendment {amendment}, signed by {signer} on {time}</source>
        <translation>раунд {round_id}, редакція {amendment}, підписант {signer}, час підписання {time}</translation>
    </message>
    <message>
        <source>{file}: is signed, but names no valid round.</source>
        <translation>{file}: файл підписано, але в ньому не вказано коректного раунду.</translation>
    </message>
    <message>
        <source>{file}: is signed, but matches no sign-off on record for round {round_id}.</source>
        <translation>{file}: файл підписано, але він не відповідає жодному записаному затвердженню раунду {round_id}.</translation>
    </message>
    <message>
        <source>{file}: is signed, but it is not the file that was signed off for round {round_id} (amendment {amendment} was signed by {signer}).</source>
        <translation>{file}: файл підписано, але це не той файл, яким затверджено раунд {round_id} (редакцію {amendment} підписав користувач {signer}).</translation>
    </message>
    <message>
        <source>{file}: was a genuine sign-off ({signature}), but it was superseded: the round was reopened on {date} by {person} ({reason}).</source>
        <translation>{file}: це було справжнє затвердження ({signature}), але воно втратило чинність: {date} користувач {person} знову відкрив раунд ({reason}).</translation>
    </message>
    <message>
        <source>{file}: genuine and current: {signature}; fingerprint {fingerprint}.</source>
        <translation>{file}: справжній і чинний: {signature}; відбиток {fingerprint}.</translation>
    </message>
</context>
<context>
    <name>spreadsheet</name>
    <message>
        <source>Figures</source>
        <translation>Показники</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>Round id</source>
        <extracomment>Names in a cell that holds several (sides, third parties, mediators). Each column: its key, its English header (always accepted on import), and its width in characters in a workbook.</extracomment>
        <translation>Ідентифікатор раунду</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source>Third parties</source>
        <translation>Треті сторони</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Посередники</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операція</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Звідки</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куди</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Належність</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Category set</source>
        <translation>Набір категорій</translation>
    </message>
    <message>
        <source>Set exhaustive</source>
        <translation>Набір вичерпний</translation>
    </message>
    <message>
        <source>Set categories</source>
        <translation>Категорії набору</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Точність</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Частина переміщення</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}</source>
        <extracomment>Names of rounds made from a sheet without ids: the same date and title give the same round, so reading a sheet twice adds it once. The longest cell read (a note is at most 5,000 characters). The most rows and columns a workbook&apos;s sheet may reach (a cell far out, at XFD1048576, would otherwise be read as a grid of billions).</extracomment>
        <translation>{file}, аркуш {sheet}, рядок {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>стовпець {column}</translation>
    </message>
    <message>
        <source>not a zip archive</source>
        <translation>не zip-архів</translation>
    </message>
    <message>
        <source>{file}: unpacks to more than {megabytes} MB; not a workbook of figures.</source>
        <translation>{file}: після розпакування займає понад {megabytes} МБ; це не книга з показниками.</translation>
    </message>
    <message>
        <source>{file}: a cell lies at row {row}, column {column}; a sheet of figures has at most {rows} rows and {columns} columns.</source>
        <translation>{file}: клітинка лежить у рядку {row}, стовпці {column}; аркуш із показниками має щонайбільше {rows} рядків і {columns} стовпців.</translation>
    </message>
    <message>
        <source>{file}: the workbook has no sheet.</source>
        <translation>{file}: у книзі немає аркушів.</translation>
    </message>
    <message>
        <source>{file}: not a workbook this program can read ({reason}).</source>
        <extracomment>A workbook is a zip archive: refused before reading if its parts would unpack to more than this (a few bytes can unpack to gigabytes).</extracomment>
        <translation>{file}: ця програма не може прочитати таку книгу ({reason}).</translation>
    </message>
    <message>
        <source>{file}: not UTF-8 text (byte {position}); save it as CSV in UTF-8.</source>
        <translation>{file}: це не текст UTF-8 (байт {position}); збережіть його як CSV у UTF-8.</translation>
    </message>
    <message>
        <source>{file}, row {row}: not CSV this program can read ({reason}).</source>
        <translation>{file}, рядок {row}: ця програма не може прочитати такий CSV ({reason}).</translation>
    </message>
    <message>
        <source>{file}: empty; expected a header row and a row per figure.</source>
        <translation>{file}: порожній; очікувано рядок заголовків і рядок на кожен показник.</translation>
    </message>
    <message>
        <source>not a column this program knows (known: {known}).</source>
        <translation>ця програма не знає такого стовпця (відомі: {known}).</translation>
    </message>
    <message>
        <source>this column appears twice.</source>
        <translation>цей стовпець трапляється двічі.</translation>
    </message>
    <message>
        <source>missing the column(s) {columns}.</source>
        <translation>бракує стовпців: {columns}.</translation>
    </message>
    <message>
        <source>not a whole number: {value}.</source>
        <translation>не ціле число: {value}.</translation>
    </message>
    <message>
        <source>an empty cell</source>
        <translation>порожня клітинка</translation>
    </message>
    <message>
        <source>not a date written YYYY-MM-DD: {value}.</source>
        <translation>не дата у форматі РРРР-ММ-ДД: {value}.</translation>
    </message>
    <message>
        <source>must be one of {choices}, not {value}.</source>
        <translation>має бути одним із: {choices}, а не {value}.</translation>
    </message>
    <message>
        <source>not FROM:TO:KIND (for example Ukraine:Russia:exchange): {value}.</source>
        <translation>не має вигляду ЗВІДКИ:КУДИ:ВИД (наприклад, Ukraine:Russia:exchange): {value}.</translation>
    </message>
    <message>
        <source>row {row} says {value} for the same source; every row of a source says the same.</source>
        <extracomment>(round index, figure index | None) → row; (round index, &quot;source&quot;, i) → row.</extracomment>
        <translation>рядок {row} каже {value} для того самого джерела; кожен рядок джерела каже те саме.</translation>
    </message>
    <message>
        <source>row {row} says {value} for the same round; every row of a round says the same.</source>
        <translation>рядок {row} каже {value} для того самого раунду; усі рядки раунду мають казати те саме.</translation>
    </message>
    <message>
        <source>must be yes or no, not {value}.</source>
        <translation>має бути так або ні, а не {value}.</translation>
    </message>
    <message>
        <source>a cell in column {column} has no header above it; name the column or empty the cell.</source>
        <translation>клітинка в стовпці {column} не має заголовка; назвіть стовпець або спорожніть клітинку.</translation>
    </message>
    <message>
        <source>{file}: no figures below the header row.</source>
        <translation>{file}: під рядком заголовків немає показників.</translation>
    </message>
    <message>
        <source>row {row}</source>
        <extracomment>A place the file&apos;s reader names: `rounds[2].figures[5].count`. The file&apos;s fields, by the columns that hold them.</extracomment>
        <translation>рядок {row}</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>Cannot make the data folder {folder}: {reason}.</source>
        <translation>Не вдається створити теку даних {folder}: {reason}.</translation>
    </message>
    <message>
        <source>{value!r} is neither a file path nor a database URL.</source>
        <translation>{value!r} — це не шлях до файлу й не URL бази даних.</translation>
    </message>
    <message>
        <source>{value}: the folder {folder} does not exist.</source>
        <translation>{value}: теки {folder} не існує.</translation>
    </message>
    <message>
        <source>The database {path} was replaced by another program (a restore?) while it was open here; it has been opened again and the views reloaded. Nothing was saved from the last action: check it and do it again.</source>
        <translation>Базу даних {path} замінила інша програма (відновлення з копії?), поки вона була відкрита тут; її відкрито знову, а подання оновлено. З останньої дії нічого не збережено: перевірте її та повторіть.</translation>
    </message>
    <message>
        <source>The database {path} was replaced by another program (a restore?) while it was open here; it has been opened again, and what it holds now is shown.</source>
        <translation>Базу даних {path} замінила інша програма (відновлення з копії?), поки вона була відкрита тут; її відкрито знову, і показано те, що в ній є тепер.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <extracomment>An encrypted database&apos;s passphrase (SQLCipher), for the copies made outside SQLAlchemy (backups); None for a plain one.</extracomment>
        <translation>{path} — це тека, а не файл бази даних.</translation>
    </message>
    <message>
        <source>{path} is encrypted, or it is not an SQLite file at all: give its passphrase in {variable} (a command run in a terminal asks for it).</source>
        <extracomment>The shortest passphrase a new encrypted database is made with (as for keys). The advisory lock writers to a PostgreSQL database take turns on.</extracomment>
        <translation>{path} зашифровано, або це взагалі не файл SQLite: вкажіть його парольну фразу в {variable} (команда, запущена в терміналі, її спитає).</translation>
    </message>
    <message>
        <source>There is no database at {path} yet, and a new one is encrypted: choose its passphrase in {variable} (a command run in a terminal asks for it twice), or set {plain}=1 to make it unencrypted.</source>
        <translation>Бази даних у {path} ще немає, а нова шифрується: оберіть її парольну фразу в {variable} (команда, запущена в терміналі, спитає її двічі) або встановіть {plain}=1, щоб зробити її незашифрованою.</translation>
    </message>
    <message>
        <source>The passphrase for the new database {path} must have at least {n} characters; nothing was made.</source>
        <translation>Парольна фраза нової бази даних {path} мусить мати щонайменше {n} символів; нічого не створено.</translation>
    </message>
    <message>
        <source>Cannot use the database {database}: {reason}.</source>
        <translation>Не вдається використати базу даних {database}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot use the database {database}: its driver is not installed ({driver}).</source>
        <translation>Не вдається використати базу даних {database}: її драйвер не встановлено ({driver}).</translation>
    </message>
    <message>
        <source>The database server {database} answers, but its certificate is not vouched for by the certificate authority given ({authority}): it may not be the office&apos;s server, so nothing was sent to it.</source>
        <translation>Сервер бази даних {database} відповідає, але його сертифікат не засвідчено вказаним центром сертифікації ({authority}): можливо, це не сервер офісу, тож йому нічого не надіслано.</translation>
    </message>
    <message>
        <source>Cannot open the database {database}: {reason}.</source>
        <translation>Не вдається відкрити базу даних {database}: {reason}.</translation>
    </message>
    <message>
        <source>The passphrase does not open the encrypted database {database} (or the file is not an Exchange Desk database); nothing was changed.</source>
        <translation>Парольна фраза не відкриває зашифровану базу даних {database} (або файл не є базою даних Exchange Desk); нічого не змінено.</translation>
    </message>
    <message>
        <source>{database} cannot be used: {reason}; restore a backup.</source>
        <translation>{database} не можна використати: {reason}; відновіть резервну копію.</translation>
    </message>
    <message>
        <source>{database} is a database, but not an Exchange Desk one.</source>
        <translation>{database} — база даних, але не Exchange Desk.</translation>
    </message>
    <message>
        <source>{database} was made by a newer version of Exchange Desk (schema {version}); update Exchange Desk to open it.</source>
        <translation>{database} створено новішою версією Exchange Desk (схема {version}); щоб відкрити її, оновіть Exchange Desk.</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>База даних зайнята іншою програмою; спробуйте ще раз за мить.</translation>
    </message>
    <message>
        <source>The database is read-only; check the file&apos;s permissions.</source>
        <translation>База даних доступна лише для читання; перевірте права доступу до файлу.</translation>
    </message>
    <message>
        <source>The disk is full; free some space and try again.</source>
        <translation>Диск заповнено; звільніть місце й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The disk could not be read or written (I/O error).</source>
        <translation>Не вдалося прочитати диск або записати на нього (помилка введення-виведення).</translation>
    </message>
    <message>
        <source>The database file is damaged; restore a backup.</source>
        <translation>Файл бази даних пошкоджено; відновіть резервну копію.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database; restore a backup.</source>
        <translation>Файл бази даних пошкоджено або це не база даних; відновіть резервну копію.</translation>
    </message>
    <message>
        <source>The database file cannot be opened; check the folder and its permissions.</source>
        <translation>Не вдається відкрити файл бази даних; перевірте теку та права доступу до неї.</translation>
    </message>
    <message>
        <source>The database server cannot be reached.</source>
        <translation>Сервер бази даних недоступний.</translation>
    </message>
    <message>
        <source>The database server refused: this login&apos;s role may not do this (ask the database&apos;s owner).</source>
        <translation>Сервер бази даних відмовив: роль цього входу не дозволяє цього (зверніться до власника бази даних).</translation>
    </message>
    <message>
        <source>it is truncated (shorter than its own header says)</source>
        <extracomment>SQLite&apos;s SQLITE_NOTADB: what SQLCipher answers a wrong key.</extracomment>
        <translation>файл обрізано (він коротший, ніж зазначено в його заголовку)</translation>
    </message>
</context>
</TS>
