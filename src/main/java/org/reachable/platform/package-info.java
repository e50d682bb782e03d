/**
 * Shared plumbing every module may use: the embedded database, subcommand dispatch, page layout and the one error
 * language (problem details for the API, GOV.UK error summaries for pages).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.reachable.platform;
