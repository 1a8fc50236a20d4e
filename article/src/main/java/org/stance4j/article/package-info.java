/**
 * The stance4j article module: from a news article and an event to each direct quote, its speaker
 * and role, and its stance toward the event ({@link org.stance4j.article.ArticleAnalyzer}). It needs
 * CoreNLP's models jar (about 470 MB), which is why it is a module of its own: users of
 * stance4j-inference alone never download it.
 */
package org.stance4j.article;
