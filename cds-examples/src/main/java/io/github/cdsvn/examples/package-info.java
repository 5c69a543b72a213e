/**
 * Runnable examples of cds, built on the plans reported in the example articles.
 */
package io.github.cdsvn.examples;
