/** What a question asks for ({@code QuestionKind}) and where a sentence holds it ({@code AnswerSpans}): plain rules, no Lucene. */
package com.verbatim.answer;
