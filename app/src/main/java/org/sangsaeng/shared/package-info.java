/** Value types, errors and infrastructure every module uses. */
@org.springframework.modulith.ApplicationModule(
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.sangsaeng.shared;
