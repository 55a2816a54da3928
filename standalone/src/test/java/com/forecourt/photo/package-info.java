/** System tests of car photos: upload, event, read model, GraphQL and download over real HTTP. */
package com.forecourt.photo;
