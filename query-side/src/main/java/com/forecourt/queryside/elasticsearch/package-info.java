/** The Elasticsearch client and the index-behind-alias lifecycle shared by every search projection. */
package com.forecourt.queryside.elasticsearch;
