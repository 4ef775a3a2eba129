/** Markets, co-operatives and suppliers: the places and groups everything else belongs to. */
package org.sangsaeng.coop;
