/** Whether this process can serve: named readiness checks behind {@code /ready}. */
package com.verbatim.health;
