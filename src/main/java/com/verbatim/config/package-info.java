/** Configuration: the shipped defaults with file and environment overrides, strict sections, and the word lists shipped as resources. */
package com.verbatim.config;
